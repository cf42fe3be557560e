'use strict';
// internalBinding('uv'): libuv error names and messages on Linux (generated from node v20.20.2).
const { SafeMap } = primordials;
const errorList = [[-7,["E2BIG","argument list too long"]],[-13,["EACCES","permission denied"]],[-98,["EADDRINUSE","address already in use"]],[-99,["EADDRNOTAVAIL","address not available"]],[-97,["EAFNOSUPPORT","address family not supported"]],[-11,["EAGAIN","resource temporarily unavailable"]],[-3000,["EAI_ADDRFAMILY","address family not supported"]],[-3001,["EAI_AGAIN","temporary failure"]],[-3002,["EAI_BADFLAGS","bad ai_flags value"]],[-3013,["EAI_BADHINTS","invalid value for hints"]],[-3003,["EAI_CANCELED","request canceled"]],[-3004,["EAI_FAIL","permanent failure"]],[-3005,["EAI_FAMILY","ai_family not supported"]],[-3006,["EAI_MEMORY","out of memory"]],[-3007,["EAI_NODATA","no address"]],[-3008,["EAI_NONAME","unknown node or service"]],[-3009,["EAI_OVERFLOW","argument buffer overflow"]],[-3014,["EAI_PROTOCOL","resolved protocol is unknown"]],[-3010,["EAI_SERVICE","service not available for socket type"]],[-3011,["EAI_SOCKTYPE","socket type not supported"]],[-114,["EALREADY","connection already in progress"]],[-9,["EBADF","bad file descriptor"]],[-16,["EBUSY","resource busy or locked"]],[-125,["ECANCELED","operation canceled"]],[-4080,["ECHARSET","invalid Unicode character"]],[-103,["ECONNABORTED","software caused connection abort"]],[-111,["ECONNREFUSED","connection refused"]],[-104,["ECONNRESET","connection reset by peer"]],[-89,["EDESTADDRREQ","destination address required"]],[-17,["EEXIST","file already exists"]],[-14,["EFAULT","bad address in system call argument"]],[-27,["EFBIG","file too large"]],[-113,["EHOSTUNREACH","host is unreachable"]],[-4,["EINTR","interrupted system call"]],[-22,["EINVAL","invalid argument"]],[-5,["EIO","i/o error"]],[-106,["EISCONN","socket is already connected"]],[-21,["EISDIR","illegal operation on a directory"]],[-40,["ELOOP","too many symbolic links encountered"]],[-24,["EMFILE","too many open files"]],[-90,["EMSGSIZE","message too long"]],[-36,["ENAMETOOLONG","name too long"]],[-100,["ENETDOWN","network is down"]],[-101,["ENETUNREACH","network is unreachable"]],[-23,["ENFILE","file table overflow"]],[-105,["ENOBUFS","no buffer space available"]],[-19,["ENODEV","no such device"]],[-2,["ENOENT","no such file or directory"]],[-12,["ENOMEM","not enough memory"]],[-64,["ENONET","machine is not on the network"]],[-92,["ENOPROTOOPT","protocol not available"]],[-28,["ENOSPC","no space left on device"]],[-38,["ENOSYS","function not implemented"]],[-107,["ENOTCONN","socket is not connected"]],[-20,["ENOTDIR","not a directory"]],[-39,["ENOTEMPTY","directory not empty"]],[-88,["ENOTSOCK","socket operation on non-socket"]],[-95,["ENOTSUP","operation not supported on socket"]],[-75,["EOVERFLOW","value too large for defined data type"]],[-1,["EPERM","operation not permitted"]],[-32,["EPIPE","broken pipe"]],[-71,["EPROTO","protocol error"]],[-93,["EPROTONOSUPPORT","protocol not supported"]],[-91,["EPROTOTYPE","protocol wrong type for socket"]],[-34,["ERANGE","result too large"]],[-30,["EROFS","read-only file system"]],[-108,["ESHUTDOWN","cannot send after transport endpoint shutdown"]],[-29,["ESPIPE","invalid seek"]],[-3,["ESRCH","no such process"]],[-110,["ETIMEDOUT","connection timed out"]],[-26,["ETXTBSY","text file is busy"]],[-18,["EXDEV","cross-device link not permitted"]],[-4094,["UNKNOWN","unknown error"]],[-4095,["EOF","end of file"]],[-6,["ENXIO","no such device or address"]],[-31,["EMLINK","too many links"]],[-112,["EHOSTDOWN","host is down"]],[-121,["EREMOTEIO","remote I/O error"]],[-25,["ENOTTY","inappropriate ioctl for device"]],[-4028,["EFTYPE","inappropriate file type or format"]],[-84,["EILSEQ","illegal byte sequence"]],[-94,["ESOCKTNOSUPPORT","socket type not supported"]],[-61,["ENODATA","no data available"]],[-49,["EUNATCH","protocol driver not attached"]]];
const codes = {
  "UV_E2BIG": -7,
  "UV_EACCES": -13,
  "UV_EADDRINUSE": -98,
  "UV_EADDRNOTAVAIL": -99,
  "UV_EAFNOSUPPORT": -97,
  "UV_EAGAIN": -11,
  "UV_EAI_ADDRFAMILY": -3000,
  "UV_EAI_AGAIN": -3001,
  "UV_EAI_BADFLAGS": -3002,
  "UV_EAI_BADHINTS": -3013,
  "UV_EAI_CANCELED": -3003,
  "UV_EAI_FAIL": -3004,
  "UV_EAI_FAMILY": -3005,
  "UV_EAI_MEMORY": -3006,
  "UV_EAI_NODATA": -3007,
  "UV_EAI_NONAME": -3008,
  "UV_EAI_OVERFLOW": -3009,
  "UV_EAI_PROTOCOL": -3014,
  "UV_EAI_SERVICE": -3010,
  "UV_EAI_SOCKTYPE": -3011,
  "UV_EALREADY": -114,
  "UV_EBADF": -9,
  "UV_EBUSY": -16,
  "UV_ECANCELED": -125,
  "UV_ECHARSET": -4080,
  "UV_ECONNABORTED": -103,
  "UV_ECONNREFUSED": -111,
  "UV_ECONNRESET": -104,
  "UV_EDESTADDRREQ": -89,
  "UV_EEXIST": -17,
  "UV_EFAULT": -14,
  "UV_EFBIG": -27,
  "UV_EHOSTUNREACH": -113,
  "UV_EINTR": -4,
  "UV_EINVAL": -22,
  "UV_EIO": -5,
  "UV_EISCONN": -106,
  "UV_EISDIR": -21,
  "UV_ELOOP": -40,
  "UV_EMFILE": -24,
  "UV_EMSGSIZE": -90,
  "UV_ENAMETOOLONG": -36,
  "UV_ENETDOWN": -100,
  "UV_ENETUNREACH": -101,
  "UV_ENFILE": -23,
  "UV_ENOBUFS": -105,
  "UV_ENODEV": -19,
  "UV_ENOENT": -2,
  "UV_ENOMEM": -12,
  "UV_ENONET": -64,
  "UV_ENOPROTOOPT": -92,
  "UV_ENOSPC": -28,
  "UV_ENOSYS": -38,
  "UV_ENOTCONN": -107,
  "UV_ENOTDIR": -20,
  "UV_ENOTEMPTY": -39,
  "UV_ENOTSOCK": -88,
  "UV_ENOTSUP": -95,
  "UV_EOVERFLOW": -75,
  "UV_EPERM": -1,
  "UV_EPIPE": -32,
  "UV_EPROTO": -71,
  "UV_EPROTONOSUPPORT": -93,
  "UV_EPROTOTYPE": -91,
  "UV_ERANGE": -34,
  "UV_EROFS": -30,
  "UV_ESHUTDOWN": -108,
  "UV_ESPIPE": -29,
  "UV_ESRCH": -3,
  "UV_ETIMEDOUT": -110,
  "UV_ETXTBSY": -26,
  "UV_EXDEV": -18,
  "UV_UNKNOWN": -4094,
  "UV_EOF": -4095,
  "UV_ENXIO": -6,
  "UV_EMLINK": -31,
  "UV_EHOSTDOWN": -112,
  "UV_EREMOTEIO": -121,
  "UV_ENOTTY": -25,
  "UV_EFTYPE": -4028,
  "UV_EILSEQ": -84,
  "UV_ESOCKTNOSUPPORT": -94,
  "UV_ENODATA": -61,
  "UV_EUNATCH": -49
};
let errorMap;
function getErrorMap() {
  errorMap ??= new SafeMap(errorList);
  return errorMap;
}
function getErrorMessage(err) {
  const entry = getErrorMap().get(err);
  return entry !== undefined ? entry[1] : `Unknown system error ${err}`;
}
function errname(err) {
  const entry = getErrorMap().get(err);
  return entry !== undefined ? entry[0] : `Unknown system error ${err}`;
}
module.exports = { errname, getErrorMap, getErrorMessage, ...codes };

/*
 * wtjs-client: the thin client bin/wtjs execs when the daemon is on (README, "A warm runtime: the daemon").
 * It does what dev.wtjs.cli.daemon.Client does, in a native program that starts in a millisecond instead of a
 * JVM's tenths of a second: it finds this build's daemon (with none listening, it runs in-process and has the daemon
 * start after the run: start_after_run) on its Unix domain socket in the per-user
 * folder (mode 0700, checked), sends it the run (arguments, environment, working directory, what descriptors 0-2
 * are, the terminal's columns, pid and parent pid), streams standard input when the run asks for it and the run's
 * output as it comes, forwards SIGINT/SIGTERM, and exits with the run's code. When no daemon can serve, it execs
 * `bin/wtjs --no-daemon` and says why. The wire format is Frames.java's: a type byte, a big-endian 32-bit length,
 * that many bytes.
 *
 * Usage (from bin/wtjs only): wtjs-client DAEMON_DIR BUILD ROOT [args...]
 *   `daemon status|stop` as args asks every daemon in the folder to say or to stop; `daemon start` starts this
 *   build's daemon now (if none listens) and says its status.
 * Built by bin/wtjs with the machine's C compiler (cc -O2 -pthread) into target/wtjs-client.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

/* Frames.VERSION: a request of another version is refused by the daemon. */
#define PROTOCOL "wtjs-daemon-1"
/* client -> daemon */
#define F_RUN 'R'
#define F_STDIN 'I'
#define F_STDIN_END 'E'
#define F_SIGNAL 'S'
#define F_STDOUT_CLOSED 'C'
#define F_STATUS '?'
#define F_STOP 'Q'
/* daemon -> client */
#define F_OUT 'O'
#define F_ERR 'F'
#define F_WANT_STDIN 'D'
#define F_EXIT 'X'
#define F_TEXT 'T'

#define MAX_FRAME (64u << 20)
/* The exit code when the daemon ends during a run (as BSD's EX_SOFTWARE). */
#define DAEMON_DIED 70
/* After a failed start, runs go in-process without trying again for this long. */
#define RETRY_AFTER_MS (10L * 60 * 1000)
#define START_TIMEOUT_MS 120000L

extern char **environ;

static const char *root;
/* the socket of the run; frames to it are written whole, one thread at a time */
static int conn = -1;
static pthread_mutex_t conn_lock = PTHREAD_MUTEX_INITIALIZER;
/* the signal forwarded to the run (0: none) */
static volatile sig_atomic_t forwarded;

/* ---- small strings ---- */

/* A new string of the parts joined (the last argument NULL). */
static char *join(const char *first, ...) {
    va_list ap;
    size_t n = 0;
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *)) n += strlen(s);
    va_end(ap);
    char *r = malloc(n + 1), *p = r;
    if (!r) abort();
    va_start(ap, first);
    for (const char *s = first; s; s = va_arg(ap, const char *)) p = stpcpy(p, s);
    va_end(ap);
    return r;
}

/* A folder path as java.nio's Path prints it: no repeated or trailing slashes. */
static char *normalized(const char *path) {
    char *r = strdup(path), *w = r;
    if (!r) abort();
    for (const char *p = path; *p; p++) {
        if (*p == '/' && w > r && w[-1] == '/') continue;
        *w++ = *p;
    }
    while (w > r + 1 && w[-1] == '/') w--;
    *w = 0;
    return r;
}

static long long now_ms(clockid_t clock) {
    struct timespec t;
    clock_gettime(clock, &t);
    return (long long) t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* ---- descriptors ---- */

/* Writes all of buf to fd; 0, or -1 with errno. */
static int write_all(int fd, const void *buf, size_t len) {
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += n;
        len -= (size_t) n;
    }
    return 0;
}

static void put32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char) (v >> 24);
    p[1] = (unsigned char) (v >> 16);
    p[2] = (unsigned char) (v >> 8);
    p[3] = (unsigned char) v;
}

static uint32_t get32(const unsigned char *p) {
    return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16 | (uint32_t) p[2] << 8 | p[3];
}

/* Sends one frame whole on fd (never interleaved with another thread's); 0, or -1. */
static int send_frame(int fd, char type, const void *data, size_t len) {
    unsigned char head[5];
    head[0] = (unsigned char) type;
    put32(head + 1, (uint32_t) len);
    struct iovec v[2] = {{head, sizeof head}, {(void *) data, len}};
    struct iovec *iv = v;
    int cnt = len ? 2 : 1, rc = 0;
    pthread_mutex_lock(&conn_lock);
    while (cnt > 0) {
        ssize_t n = writev(fd, iv, cnt);
        if (n < 0) {
            if (errno == EINTR) continue;
            rc = -1;
            break;
        }
        while (cnt > 0 && (size_t) n >= iv->iov_len) {
            n -= (ssize_t) iv->iov_len;
            iv++;
            cnt--;
        }
        if (cnt > 0) {
            iv->iov_base = (char *) iv->iov_base + n;
            iv->iov_len -= (size_t) n;
        }
    }
    pthread_mutex_unlock(&conn_lock);
    return rc;
}

static int send_int(int fd, char type, int value) {
    unsigned char b[4];
    put32(b, (uint32_t) value);
    return send_frame(fd, type, b, 4);
}

/* A buffered reader of frames. */
struct reader {
    int fd;
    size_t pos, end;
    unsigned char buf[64 * 1024];
};

/* Fills dst with exactly len bytes; 0, or -1 at the end of the stream or an error. */
static int read_exact(struct reader *r, void *dst, size_t len) {
    unsigned char *d = dst;
    while (len > 0) {
        if (r->pos == r->end) {
            if (len >= sizeof r->buf) { /* a large frame: straight into its place */
                ssize_t n = read(r->fd, d, len);
                if (n < 0 && errno == EINTR) continue;
                if (n <= 0) return -1;
                d += n;
                len -= (size_t) n;
                continue;
            }
            ssize_t n = read(r->fd, r->buf, sizeof r->buf);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) return -1;
            r->pos = 0;
            r->end = (size_t) n;
        }
        size_t k = r->end - r->pos < len ? r->end - r->pos : len;
        memcpy(d, r->buf + r->pos, k);
        r->pos += k;
        d += k;
        len -= k;
    }
    return 0;
}

/* The next frame (its data malloc'd, NUL-terminated for text), or -1 at the end or on a broken stream. */
static int read_frame(struct reader *r, char *type, unsigned char **data, uint32_t *len) {
    unsigned char head[5];
    if (read_exact(r, head, sizeof head) < 0) return -1;
    *type = (char) head[0];
    *len = get32(head + 1);
    if (*len > MAX_FRAME) return -1;
    *data = malloc(*len + 1);
    if (!*data) return -1;
    if (read_exact(r, *data, *len) < 0) {
        free(*data);
        return -1;
    }
    (*data)[*len] = 0;
    return 0;
}

/* Sleeps ms milliseconds (a poll's pause). */
static void pause_ms(long ms) {
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000};
    nanosleep(&t, NULL);
}

/* A connection to the socket (close-on-exec), or -1 when no daemon listens there. */
static int connect_to(const char *path) {
    struct sockaddr_un a;
    memset(&a, 0, sizeof a);
    a.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof a.sun_path) return -1;
    strcpy(a.sun_path, path);
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    if (connect(fd, (struct sockaddr *) &a, sizeof a) < 0) {
        close(fd);
        return -1;
    }
    return fd;
}

/* ---- the folder ---- */

static char *user_name(uid_t uid) {
    struct passwd *pw = getpwuid(uid);
    if (pw) return strdup(pw->pw_name);
    char n[32];
    snprintf(n, sizeof n, "%lu", (unsigned long) uid);
    return strdup(n);
}

/* Frames.unsafeFolder: why dir may not hold the socket (a directory, not a link, this user's, mode 0700), or NULL. */
static char *unsafe_folder(const char *dir) {
    struct stat st;
    if (lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 0777) == 0700 && st.st_uid == getuid()) {
        return NULL;
    }
    if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) return join(dir, " is not a directory", NULL);
    if (st.st_uid != getuid()) {
        char *owner = user_name(st.st_uid), *me = user_name(getuid());
        return join(dir, " is owned by ", owner, ", not ", me, NULL);
    }
    char mode[10];
    const char *rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) mode[i] = st.st_mode & (0400 >> i) ? rwx[i] : '-';
    mode[9] = 0;
    return join(dir, " has mode ", mode, ", not rwx------", NULL);
}

/* mkdir -p of path's parents (as Files.createDirectories of the parent). */
static int make_parents(const char *path) {
    char *p = strdup(path);
    if (!p) return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(p, 0777) < 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    free(p);
    return 0;
}

/* Frames.prepareFolder: makes dir with mode 0700 if it is missing; then says why it is unsafe, or NULL. */
static char *prepare_folder(const char *dir) {
    char *unsafe = unsafe_folder(dir);
    if (!unsafe) return NULL;
    struct stat st;
    if (lstat(dir, &st) == 0) return unsafe;
    free(unsafe);
    if (make_parents(dir) < 0) return join("cannot make ", dir, ": ", strerror(errno), NULL);
    if (mkdir(dir, 0700) == 0) {
        chmod(dir, 0700); /* past the umask */
    } else if (errno != EEXIST) { /* (another client made it meanwhile: checked below) */
        return join("cannot make ", dir, ": ", strerror(errno), NULL);
    }
    return unsafe_folder(dir);
}

/* ---- in-process ---- */

/* Execs `bin/wtjs --no-daemon args` in this process; says why first if given. */
static int in_process(int argc, char **args, const char *why) {
    if (why) fprintf(stderr, "wtjs: %s\n", why);
    char *launcher = join(root, "/bin/wtjs", NULL);
    char **argv = calloc((size_t) argc + 3, sizeof *argv);
    if (!argv) abort();
    argv[0] = launcher;
    argv[1] = "--no-daemon";
    for (int i = 0; i < argc; i++) argv[i + 2] = args[i];
    execv(launcher, argv);
    fprintf(stderr, "wtjs: cannot run %s --no-daemon: %s\n", launcher, strerror(errno));
    return 1;
}

/* ---- starting the daemon ---- */

/* The last non-blank line of the log (its last 64 KB), stripped; "(no log)" when there is none. */
static char *last_line(const char *log) {
    int fd = open(log, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return strdup("(no log)");
    static char buf[64 * 1024 + 1];
    off_t size = lseek(fd, 0, SEEK_END);
    off_t from = size > (off_t) (sizeof buf - 1) ? size - (off_t) (sizeof buf - 1) : 0;
    ssize_t n = pread(fd, buf, sizeof buf - 1, from);
    close(fd);
    if (n < 0) return strdup("(no log)");
    buf[n] = 0;
    char *end = buf + n;
    while (end > buf) {
        char *start = end;
        while (start > buf && start[-1] != '\n') start--;
        char *a = start, *b = end;
        while (a < b && (unsigned char) *a <= ' ') a++;
        while (b > a && (unsigned char) b[-1] <= ' ') b--;
        if (b > a) return strndup(a, (size_t) (b - a));
        end = start > buf ? start - 1 : buf;
    }
    return strdup("(no log)");
}

/* Closes every descriptor from `low` on (the daemon's process holds none of its caller's). */
static void close_from(int low) {
#ifdef SYS_close_range
    if (syscall(SYS_close_range, (unsigned) low, ~0u, 0) == 0) return;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 65536) max = 65536;
    for (int fd = low; fd < max; fd++) close(fd);
}

/*
 * Starts this build's daemon (`bin/wtjs __daemon`) detached: a session of its own, standard input from /dev/null,
 * output appended to its log, none of this process's other descriptors. Waits until it listens and returns the
 * connection; -1 (the reason in *why) when it does not.
 */
static int start_daemon(const char *sock, const char *log, char **why) {
    char *launcher = join(root, "/bin/wtjs", NULL);
    int out = open(log, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (out < 0 || in < 0) {
        *why = join("cannot run ", launcher, " __daemon: ", out < 0 ? log : "/dev/null", ": ", strerror(errno), NULL);
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        *why = join("cannot run ", launcher, " __daemon: ", strerror(errno), NULL);
        return -1;
    }
    if (pid == 0) {
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        signal(SIGPIPE, SIG_DFL);
        setsid();
        dup2(in, 0);
        dup2(out, 1);
        dup2(out, 2);
        close_from(3);
        execl(launcher, launcher, "__daemon", (char *) NULL);
        dprintf(2, "wtjs client: cannot run %s __daemon: %s\n", launcher, strerror(errno));
        _exit(127);
    }
    close(in);
    close(out);
    long long deadline = now_ms(CLOCK_MONOTONIC) + START_TIMEOUT_MS;
    int exited = 0;
    while (now_ms(CLOCK_MONOTONIC) < deadline) {
        int fd = connect_to(sock);
        if (fd >= 0) return fd;
        /* exit 0: another client's daemon won the start and serves soon; anything else is a failure */
        int st;
        if (!exited && waitpid(pid, &st, WNOHANG) == pid) {
            exited = 1;
            int code = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
            if (code != 0) {
                char c[16];
                snprintf(c, sizeof c, "%d", code);
                *why = join("it exited with ", c, ": ", last_line(log), NULL);
                return -1;
            }
        }
        pause_ms(20);
    }
    char s[16];
    snprintf(s, sizeof s, "%ld", START_TIMEOUT_MS / 1000);
    *why = join("it did not listen within ", s, " s", NULL);
    return -1;
}

/* A file's modification time, in ms of the real-time clock. */
static long long mtime_ms(const struct stat *st) {
    return (long long) st->st_mtim.tv_sec * 1000 + st->st_mtim.tv_nsec / 1000000;
}

static int recent_failure(const char *failed) {
    struct stat st;
    if (stat(failed, &st) != 0) return 0;
    return now_ms(CLOCK_REALTIME) - mtime_ms(&st) < RETRY_AFTER_MS;
}

/* ---- starting it after the run ---- */

/*
 * A first run with no daemon listening runs in-process, as fast as --no-daemon, and a starter forked here starts the
 * daemon once that run has ended (its start would take half the machine from the run). d-BUILD.starting says a
 * starter is at it: "waiting PID" while its client's run lasts (at most START_AFTER_MS), "started" once the daemon's
 * JVM runs (a client that finds PID gone takes it as started); it goes when the daemon listens or has failed. A
 * failure's reason waits in d-BUILD.failed.new until the next client says it, once, and renames it to d-BUILD.failed.
 */
#define START_AFTER_MS 10000L
enum starting { NOT_STARTING, WAITING, STARTED };

static enum starting starting_state(const char *starting) {
    int fd = open(starting, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NOT_STARTING;
    struct stat st;
    char state[16] = {0};
    ssize_t n = fstat(fd, &st) == 0 ? read(fd, state, sizeof state - 1) : -1;
    close(fd);
    if (n < 0 || now_ms(CLOCK_REALTIME) - mtime_ms(&st) > START_AFTER_MS + START_TIMEOUT_MS + 5000) {
        unlink(starting); /* a starter that was killed */
        return NOT_STARTING;
    }
    if (strncmp(state, "started", 7) == 0) return STARTED;
    /* "waiting PID": once that run has ended, the daemon starts within the starter's next look */
    long client = strtol(state + (strncmp(state, "waiting ", 8) == 0 ? 8 : 0), NULL, 10);
    return client > 0 && kill((pid_t) client, 0) < 0 && errno == ESRCH ? STARTED : WAITING;
}

static void write_file(const char *path, const char *text) {
    char *tmp = join(path, ".tmp", NULL);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        write_all(fd, text, strlen(text));
        close(fd);
        rename(tmp, path);
    }
    free(tmp);
}

/* The reason a starter's daemon did not start, if no client has said it yet (this one says it now). */
static char *unsaid_failure(const char *failed) {
    char *fresh = join(failed, ".new", NULL);
    int renamed = rename(fresh, failed) == 0;
    free(fresh);
    if (!renamed) return NULL;
    return last_line(failed);
}

/* Waits while another client's starter starts the daemon; its connection, or -1 when it did not come up. */
static int wait_for_start(const char *sock, const char *starting) {
    long long deadline = now_ms(CLOCK_MONOTONIC) + START_TIMEOUT_MS;
    while (now_ms(CLOCK_MONOTONIC) < deadline) {
        int fd = connect_to(sock);
        if (fd >= 0 || starting_state(starting) == NOT_STARTING) return fd >= 0 ? fd : connect_to(sock);
        pause_ms(20);
    }
    return -1;
}

/*
 * Forks the starter, unless another client's is at it: detached (a session of its own, standard descriptors on
 * /dev/null, none of this process's others), it waits for this process (soon the in-process run) to end, then
 * starts the daemon and waits until it listens, leaving the reason in failed.new when it does not.
 */
static void start_after_run(const char *sock, const char *log, const char *starting, const char *failed) {
    int marker = open(starting, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (marker < 0) return;
    pid_t client = getpid();
    char state[32];
    int len = snprintf(state, sizeof state, "waiting %ld", (long) client);
    write_all(marker, state, (size_t) len);
    close(marker);
    pid_t pid = fork();
    if (pid < 0) unlink(starting);
    if (pid != 0) return;
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    setsid();
    int null = open("/dev/null", O_RDWR);
    for (int fd = 0; fd < 3; fd++) dup2(null, fd);
    close_from(3);
    long long until = now_ms(CLOCK_MONOTONIC) + START_AFTER_MS;
    while (getppid() == client && now_ms(CLOCK_MONOTONIC) < until) {
        pause_ms(20);
    }
    write_file(starting, "started");
    char *why = NULL;
    int fd = start_daemon(sock, log, &why);
    if (fd >= 0) {
        close(fd);
    } else {
        char *text = join(why, "\n", NULL);
        char *fresh = join(failed, ".new", NULL);
        write_file(fresh, text);
    }
    unlink(starting);
    _exit(0);
}

/* ---- the run ---- */

/* What descriptor fd is, as bin/wtjs tells it: "tty", "pipe" (a pipe, a socket, or closed) or "file". */
static const char *fd_kind(int fd) {
    struct stat st;
    if (isatty(fd)) return "tty";
    if (fstat(fd, &st) != 0 || S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)) return "pipe";
    return "file";
}

/* A growing byte buffer for the request. */
struct bytes {
    unsigned char *p;
    size_t len, cap;
};

static void add(struct bytes *b, const void *data, size_t len) {
    if (b->len + len > b->cap) {
        b->cap = (b->len + len) * 2 + 4096;
        b->p = realloc(b->p, b->cap);
        if (!b->p) abort();
    }
    memcpy(b->p + b->len, data, len);
    b->len += len;
}

static void add_int(struct bytes *b, uint32_t v) {
    unsigned char x[4];
    put32(x, v);
    add(b, x, 4);
}

/* One string of Frames.strings: its length, then its bytes. */
static void add_string(struct bytes *b, const char *s) {
    size_t n = strlen(s);
    add_int(b, (uint32_t) n);
    add(b, s, n);
}

static void add_number(struct bytes *b, long long v) {
    char n[32];
    snprintf(n, sizeof n, "%lld", v);
    add_string(b, n);
}

/* Whether environ[i] is sent: NAME=value with a name, the first of its name (getenv's, and Java's getenv()'s). */
static int sent_entry(int i) {
    const char *e = environ[i], *eq = strchr(e, '=');
    if (!eq || eq == e) return 0;
    size_t n = (size_t) (eq - e) + 1;
    for (int j = 0; j < i; j++) if (strncmp(environ[j], e, n) == 0) return 0;
    return 1;
}

/*
 * The RUN frame's strings: the protocol, cwd, the kinds of descriptors 0-2, columns, pid, parent pid, the
 * environment's size and its NAME=value entries, then the arguments.
 */
static void request(struct bytes *b, int argc, char **args, const char *kinds[3]) {
    int nenv = 0;
    for (int i = 0; environ[i]; i++) nenv += sent_entry(i);
    add_int(b, (uint32_t) (9 + nenv + argc));
    add_string(b, PROTOCOL);
    char *cwd = getcwd(NULL, 0);
    const char *pwd = getenv("PWD");
    add_string(b, cwd ? cwd : pwd ? pwd : "/");
    free(cwd);
    for (int i = 0; i < 3; i++) add_string(b, kinds[i]);
    struct winsize ws;
    int columns = strcmp(kinds[1], "tty") == 0 && ioctl(1, TIOCGWINSZ, &ws) == 0 ? ws.ws_col : 0;
    add_number(b, columns);
    add_number(b, getpid());
    add_number(b, getppid());
    add_number(b, nenv);
    for (int i = 0; environ[i]; i++) if (sent_entry(i)) add_string(b, environ[i]);
    for (int i = 0; i < argc; i++) add_string(b, args[i]);
}

/* WTJS_DAEMON_TIMING: when the request went, counted from this process's start (bin/wtjs's, which execs us). */
static void timing(long long entered) {
    long long started = -1;
    FILE *f = fopen("/proc/self/stat", "re");
    if (f) {
        char line[1024];
        if (fgets(line, sizeof line, f)) {
            char *p = strrchr(line, ')');
            /* after the command's ")": field 3 (state) ... field 22 (start time, clock ticks after boot) */
            for (int field = 3; p && field <= 22; field++) p = strchr(p + 1, ' ');
            if (p) started = strtoll(p + 1, NULL, 10) * 1000 / sysconf(_SC_CLK_TCK);
        }
        fclose(f);
    }
    long long now = now_ms(CLOCK_BOOTTIME);
    fprintf(stderr, "wtjs client: request sent %lld ms after the process started (%lld ms in main)\n",
            started < 0 ? now : now - started, now_ms(CLOCK_MONOTONIC) - entered);
}

/* SIGINT/SIGTERM reaching the client: the daemon ends the run, which exits 128 + signal. */
static void *forward_signals(void *set) {
    for (;;) {
        int sig;
        if (sigwait(set, &sig) != 0) continue;
        forwarded = sig;
        send_int(conn, F_SIGNAL, sig); /* (the daemon gone: the reader sees the end) */
    }
    return NULL;
}

/* Standard input to the run, asked for on its first read: chunks as they come, then its end. */
static void *pump_stdin(void *unused) {
    (void) unused;
    static char buf[64 * 1024];
    for (;;) {
        ssize_t n = read(0, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; /* an error is the end of input */
        if (send_frame(conn, F_STDIN, buf, (size_t) n) < 0) return NULL;
    }
    send_frame(conn, F_STDIN_END, NULL, 0);
    return NULL;
}

static void start_thread(void *(*fn)(void *), void *arg) {
    pthread_t t;
    pthread_attr_t a;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&a, 64 * 1024);
    pthread_create(&t, &a, fn, arg);
    pthread_attr_destroy(&a);
}

/* Sends this process's run and streams it until it exits; returns its exit code. */
static int session(int fd, int argc, char **args, const char *kinds[3], long long entered, const char *log) {
    char *death = join("wtjs: the daemon ended during the run (its log: ", log, ")\n", NULL);
    conn = fd;
    signal(SIGPIPE, SIG_IGN); /* a closed stdout or socket is an error of the write, not the client's end */
    /* signals wait for the forwarding thread; a signal this process ignores (a background job's SIGINT) stays so */
    static sigset_t set;
    sigemptyset(&set);
    int sigs[] = {SIGINT, SIGTERM};
    for (int i = 0; i < 2; i++) {
        struct sigaction old;
        if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN) sigaddset(&set, sigs[i]);
    }
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    struct bytes req = {0};
    request(&req, argc, args, kinds);
    if (send_frame(fd, F_RUN, req.p, req.len) < 0) {
        write_all(2, death, strlen(death));
        return DAEMON_DIED;
    }
    if (getenv("WTJS_DAEMON_TIMING")) timing(entered);
    start_thread(forward_signals, &set);

    static struct reader from;
    from.fd = fd;
    int out_open = 1, stdin_pumped = 0;
    char type;
    unsigned char *data;
    uint32_t len;
    while (read_frame(&from, &type, &data, &len) == 0) {
        switch (type) {
        case F_OUT:
            if (out_open && write_all(1, data, len) < 0) {
                out_open = 0; /* a reader closed our stdout (| head -1): the run is told */
                if (send_frame(fd, F_STDOUT_CLOSED, NULL, 0) < 0) goto ended;
            }
            break;
        case F_ERR:
            write_all(2, data, len); /* (nowhere to say it failed) */
            break;
        case F_WANT_STDIN:
            if (!stdin_pumped) start_thread(pump_stdin, NULL);
            stdin_pumped = 1;
            break;
        case F_EXIT:
            if (len >= 4) return (int) get32(data);
            goto ended;
        default:
            break;
        }
        free(data);
    }
ended:
    if (forwarded) return 128 + forwarded;
    write_all(2, death, strlen(death));
    return DAEMON_DIED;
}

/* ---- wtjs daemon status|stop|start ---- */

/* Sends the daemon on fd (at sock) a status or stop frame and prints its answer; closes fd. */
static void ask(int fd, const char *sock, char what) {
    static struct reader r;
    r.fd = fd;
    r.pos = r.end = 0;
    char type;
    unsigned char *data;
    uint32_t len;
    if (send_frame(fd, what, NULL, 0) < 0) {
        printf("wtjs daemon at %s: %s\n", sock, strerror(errno));
    } else if (read_frame(&r, &type, &data, &len) < 0) {
        printf("wtjs daemon at %s: no answer\n", sock);
    } else {
        printf("%s\n", (char *) data);
    }
    close(fd);
}

/* Asks every daemon in the folder (one per build) to say or to stop; exit 1 for a status with none running. */
static int control(const char *dir, int argc, char **args) {
    const char *what = argc > 1 ? args[1] : "";
    int stop = strcmp(what, "stop") == 0;
    if (!stop && strcmp(what, "status") != 0) {
        fprintf(stderr, "usage: wtjs daemon status|stop|start\n");
        return 9;
    }
    signal(SIGPIPE, SIG_IGN);
    int found = 0;
    DIR *d = unsafe_folder(dir) ? NULL : opendir(dir);
    for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
        if (fnmatch("d-*.sock", e->d_name, 0) != 0) continue;
        char *sock = join(dir, "/", e->d_name, NULL);
        int fd = connect_to(sock);
        if (fd < 0) continue;
        found++;
        ask(fd, sock, stop ? F_STOP : F_STATUS);
    }
    if (d) closedir(d);
    if (found == 0) printf("wtjs: no daemon is running (folder %s)\n", dir);
    return !stop && found == 0 ? 1 : 0;
}

/* `wtjs daemon start`: this build's daemon, started now unless it listens already; says its status. */
static int start_now(const char *dir, const char *sock, const char *log) {
    signal(SIGPIPE, SIG_IGN);
    char *unsafe = prepare_folder(dir);
    if (unsafe) {
        fprintf(stderr, "wtjs: the daemon's folder is refused: %s\n", unsafe);
        return 1;
    }
    int fd = connect_to(sock);
    char *why = NULL;
    if (fd < 0) fd = start_daemon(sock, log, &why);
    if (fd < 0) {
        fprintf(stderr, "wtjs: the daemon could not start (%s; log %s)\n", why, log);
        return 1;
    }
    ask(fd, sock, F_STATUS);
    return 0;
}

int main(int argc, char **argv) {
    long long entered = now_ms(CLOCK_MONOTONIC);
    if (argc < 4) {
        fprintf(stderr, "usage: wtjs-client DAEMON_DIR BUILD ROOT [args...] (bin/wtjs runs it)\n");
        return 2;
    }
    char *dir = normalized(argv[1]);
    const char *build = argv[2];
    root = argv[3];
    int n = argc - 4;
    char **args = argv + 4;
    char *sock = join(dir, "/d-", build, ".sock", NULL);
    char *log = join(dir, "/d-", build, ".log", NULL);
    if (n > 1 && strcmp(args[0], "daemon") == 0 && strcmp(args[1], "start") == 0) return start_now(dir, sock, log);
    if (n > 0 && strcmp(args[0], "daemon") == 0) return control(dir, n, args);

    /* what descriptors 0-2 are; a closed one is kept closed for the run's writes and reads (a descriptor open
       the wrong way round in its place, so no socket of ours takes its number) */
    const char *kinds[3];
    for (int fd = 0; fd < 3; fd++) {
        kinds[fd] = fd_kind(fd);
        if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
            int keep = open("/dev/null", (fd == 0 ? O_WRONLY : O_RDONLY) | O_CLOEXEC);
            if (keep >= 0 && keep != fd) {
                dup3(keep, fd, O_CLOEXEC);
                close(keep);
            }
        }
    }

    char *unsafe = prepare_folder(dir);
    if (unsafe) {
        char *why = join("the daemon's folder is refused: ", unsafe, NULL);
        return in_process(n, args, why);
    }
    int fd = connect_to(sock);
    if (fd < 0) {
        char *failed = join(dir, "/d-", build, ".failed", NULL);
        char *why = unsaid_failure(failed);
        if (why) {
            return in_process(n, args, join("the daemon could not start (", why, "; log ", log, "); running in-process",
                                            NULL));
        }
        if (recent_failure(failed)) return in_process(n, args, NULL);
        char *starting = join(dir, "/d-", build, ".starting", NULL);
        switch (starting_state(starting)) {
        case STARTED:
            fd = wait_for_start(sock, starting);
            if (fd < 0) return in_process(n, args, NULL); /* (its reason is the next run's to say) */
            break;
        case WAITING:
            return in_process(n, args, NULL);
        case NOT_STARTING:
            start_after_run(sock, log, starting, failed);
            return in_process(n, args, NULL);
        }
    }
    return session(fd, n, args, kinds, entered, log);
}

// date-fns (dual; every function is a subpath export): pure date arithmetic on fixed dates.
import { format, addDays, differenceInCalendarDays, parseISO, isWeekend, eachDayOfInterval, formatISO } from 'date-fns';
import { startOfWeek } from 'date-fns/startOfWeek';
const d = new Date(2024, 1, 28, 13, 45);
console.log(format(d, 'yyyy-MM-dd HH:mm EEEE'), format(addDays(d, 2), 'PPP'));
console.log(differenceInCalendarDays(new Date(2025, 0, 1), d), isWeekend(new Date(2024, 2, 2)));
console.log(eachDayOfInterval({ start: d, end: addDays(d, 3) }).map((x) => format(x, 'd MMM')));
console.log(formatISO(parseISO('2020-05-06T07:08:09'), { representation: 'date' }), format(startOfWeek(d), 'yyyy-MM-dd'));

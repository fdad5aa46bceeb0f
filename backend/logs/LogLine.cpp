#include "backend/logs/LogLine.h"

#include <cstdio>
#include <limits>

namespace fc {

namespace {
// days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil)
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, int *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = int(yy + (*m <= 2));
}

bool digits(const char *p, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    *out = v;
    return true;
}
} // namespace

bool parseLogTimestamp(QByteArrayView text, LogTimestamp *out)
{
    const char *p = text.data();
    const qsizetype n = text.size();
    if (n < 20 || p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != 't') || p[13] != ':' || p[16] != ':')
        return false;
    int y, mo, d, h, mi, s;
    if (!digits(p, 4, &y) || !digits(p + 5, 2, &mo) || !digits(p + 8, 2, &d) || !digits(p + 11, 2, &h)
        || !digits(p + 14, 2, &mi) || !digits(p + 17, 2, &s))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return false;
    qsizetype i = 19;
    qint64 frac = 0;
    if (i < n && p[i] == '.') {
        ++i;
        int count = 0;
        while (i < n && p[i] >= '0' && p[i] <= '9') {
            if (count < 9) {
                frac = frac * 10 + (p[i] - '0');
                ++count;
            }
            ++i;
        }
        if (count == 0)
            return false;
        for (; count < 9; ++count)
            frac *= 10;
    }
    if (i >= n)
        return false;
    qint64 offsetSec = 0;
    if (p[i] == 'Z' || p[i] == 'z') {
        ++i;
    } else if (p[i] == '+' || p[i] == '-') {
        int oh, om;
        if (i + 6 > n || p[i + 3] != ':' || !digits(p + i + 1, 2, &oh) || !digits(p + i + 4, 2, &om))
            return false;
        offsetSec = (oh * 3600 + om * 60) * (p[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return false;
    }
    if (i != n)
        return false;
    const qint64 secs = daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + s - offsetSec;
    // nanoseconds since the epoch hold the years 1677-2262: later (or earlier) is no log line's
    // time, and the product would overflow (found by fuzz_loglines)
    constexpr qint64 kMaxSecs = std::numeric_limits<qint64>::max() / 1000000000LL - 1;
    if (secs > kMaxSecs || secs < -kMaxSecs)
        return false;
    *out = secs * 1000000000LL + frac;
    return true;
}

QByteArray formatLogTimestamp(LogTimestamp ts)
{
    qint64 secs = ts / 1000000000LL;
    qint64 ns = ts % 1000000000LL;
    if (ns < 0) {
        ns += 1000000000LL;
        --secs;
    }
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    int y;
    unsigned m, d;
    civilFromDays(days, &y, &m, &d);
    char buf[40];
    const int len = std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02d.%09lldZ", y, m, d, int(rem / 3600),
                                  int(rem / 60 % 60), int(rem % 60), static_cast<long long>(ns));
    return QByteArray(buf, len);
}

QString formatLogTimestampSeconds(LogTimestamp ts)
{
    QByteArray full = formatLogTimestamp(ts);
    return QString::fromLatin1(full.left(19)) + QLatin1Char('Z');
}

LogTimestamp logTimestampFromDateTime(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch() * 1000000LL;
}

QDateTime logTimestampToDateTime(LogTimestamp ts)
{
    qint64 ms = ts / 1000000LL;
    if (ts < 0 && ts % 1000000LL)
        --ms;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

void LogBatch::append(LogTimestamp ts, QByteArrayView text)
{
    LogLineRef ref;
    ref.timestamp = ts;
    ref.offset = qint32(data.size());
    ref.length = qint32(text.size());
    data.append(text);
    lines.push_back(ref);
}

} // namespace fc

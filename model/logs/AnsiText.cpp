#include "model/logs/AnsiText.h"

namespace fc {

namespace {
QColor basic(int i, bool bright)
{
    static const QRgb normal[8] = {0x000000, 0xcd3131, 0x0dbc79, 0xe5e510, 0x2472c8, 0xbc3fbc, 0x11a8cd, 0xe5e5e5};
    static const QRgb light[8] = {0x666666, 0xf14c4c, 0x23d18b, 0xf5f543, 0x3b8eea, 0xd670d6, 0x29b8db, 0xffffff};
    return QColor::fromRgb(bright ? light[i] : normal[i]);
}

QColor xterm256(int n)
{
    if (n < 8)
        return basic(n, false);
    if (n < 16)
        return basic(n - 8, true);
    if (n < 232) {
        n -= 16;
        auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(n / 36), level(n / 6 % 6), level(n % 6));
    }
    const int g = 8 + (n - 232) * 10;
    return QColor(g, g, g);
}

struct Style {
    QColor fg, bg;
    bool bold = false;
    bool plain() const { return !fg.isValid() && !bg.isValid() && !bold; }
};

void applySgr(const QList<int> &params, Style &st)
{
    if (params.isEmpty()) {
        st = Style();
        return;
    }
    for (int i = 0; i < params.size(); ++i) {
        const int p = params[i];
        if (p == 0)
            st = Style();
        else if (p == 1)
            st.bold = true;
        else if (p == 22)
            st.bold = false;
        else if (p >= 30 && p <= 37)
            st.fg = basic(p - 30, false);
        else if (p == 39)
            st.fg = QColor();
        else if (p >= 40 && p <= 47)
            st.bg = basic(p - 40, false);
        else if (p == 49)
            st.bg = QColor();
        else if (p >= 90 && p <= 97)
            st.fg = basic(p - 90, true);
        else if (p >= 100 && p <= 107)
            st.bg = basic(p - 100, true);
        else if ((p == 38 || p == 48) && i + 1 < params.size()) {
            QColor c;
            if (params[i + 1] == 5 && i + 2 < params.size()) {
                c = xterm256(std::clamp(params[i + 2], 0, 255));
                i += 2;
            } else if (params[i + 1] == 2 && i + 4 < params.size()) {
                c = QColor(std::clamp(params[i + 2], 0, 255), std::clamp(params[i + 3], 0, 255),
                           std::clamp(params[i + 4], 0, 255));
                i += 4;
            } else {
                continue;
            }
            (p == 38 ? st.fg : st.bg) = c;
        }
    }
}

// Returns the index after the escape sequence starting at raw[i] (== ESC).
qsizetype skipEscape(const QString &raw, qsizetype i, QList<int> *sgr, bool *isSgr)
{
    const qsizetype n = raw.size();
    *isSgr = false;
    if (i + 1 >= n)
        return n;
    const QChar k = raw[i + 1];
    if (k == u'[') {
        qsizetype j = i + 2;
        int cur = -1;
        QList<int> params;
        while (j < n) {
            const char16_t c = raw[j].unicode();
            if (c >= u'0' && c <= u'9') {
                cur = (cur < 0 ? 0 : cur) * 10 + (c - u'0');
                if (cur > 100000)
                    cur = 100000;
            } else if (c == u';' || c == u':') {
                params.append(cur < 0 ? 0 : cur);
                cur = -1;
            } else if (c >= 0x40 && c <= 0x7e) {
                if (cur >= 0 || !params.isEmpty())
                    params.append(cur < 0 ? 0 : cur);
                if (c == u'm' && sgr) {
                    *sgr = params;
                    *isSgr = true;
                }
                return j + 1;
            }
            ++j;
        }
        return n;
    }
    if (k == u']') { // OSC … BEL or ST
        for (qsizetype j = i + 2; j < n; ++j) {
            if (raw[j] == QChar(0x07))
                return j + 1;
            if (raw[j] == QChar(0x1b) && j + 1 < n && raw[j + 1] == u'\\')
                return j + 2;
        }
        return n;
    }
    return i + 2; // two-character escape
}
} // namespace

QString AnsiText::strip(const QString &raw)
{
    qsizetype esc = raw.indexOf(QChar(0x1b));
    if (esc < 0)
        return raw;
    QString out;
    out.reserve(raw.size());
    qsizetype i = 0;
    while (esc >= 0) {
        out.append(QStringView(raw).mid(i, esc - i));
        bool isSgr = false;
        i = skipEscape(raw, esc, nullptr, &isSgr);
        esc = raw.indexOf(QChar(0x1b), i);
    }
    out.append(QStringView(raw).mid(i));
    return out;
}

AnsiText AnsiText::parse(const QString &raw)
{
    AnsiText out;
    qsizetype esc = raw.indexOf(QChar(0x1b));
    if (esc < 0) {
        out.text = raw;
        return out;
    }
    out.text.reserve(raw.size());
    Style st;
    qsizetype i = 0;
    auto emitRun = [&](QStringView run) {
        if (run.isEmpty())
            return;
        if (!st.plain()) {
            AnsiSpan s;
            s.start = int(out.text.size());
            s.length = int(run.size());
            s.foreground = st.fg;
            s.background = st.bg;
            s.bold = st.bold;
            out.spans.append(s);
        }
        out.text.append(run);
    };
    while (esc >= 0) {
        emitRun(QStringView(raw).mid(i, esc - i));
        QList<int> params;
        bool isSgr = false;
        i = skipEscape(raw, esc, &params, &isSgr);
        if (isSgr)
            applySgr(params, st);
        esc = raw.indexOf(QChar(0x1b), i);
    }
    emitRun(QStringView(raw).mid(i));
    return out;
}

} // namespace fc

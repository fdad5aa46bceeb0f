#include "model/editors/TextDiff.h"

#include <QHash>

#include <vector>

namespace fc::editors {

QList<DiffLine> diffLines(const QStringList &a, const QStringList &b)
{
    // common prefix and suffix first: edits are usually small in big texts
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    // lines as numbers, so the core compares ints
    QHash<QString, int> ids;
    auto idOf = [&ids](const QString &s) { return *ids.insert(s, ids.value(s, int(ids.size()))); };
    std::vector<int> x, y;
    for (qsizetype i = prefix; i < a.size() - suffix; ++i)
        x.push_back(idOf(a.at(i)));
    for (qsizetype i = prefix; i < b.size() - suffix; ++i)
        y.push_back(idOf(b.at(i)));
    const int n = int(x.size()), m = int(y.size()), max = n + m;
    // Myers: v[k] = furthest x on diagonal k. trace[d] keeps diagonals -d..d of v before step d,
    // O(D²) memory; past kMaxEdits differing lines the middle is shown as removed then added.
    constexpr int kMaxEdits = 2000;
    std::vector<int> v(size_t(2 * max + 2), 0);
    std::vector<std::vector<int>> trace;
    int dFound = -1;
    for (int d = 0; d <= std::min(max, kMaxEdits); ++d) {
        trace.emplace_back(v.begin() + (max - d), v.begin() + (max + d + 1));
        bool done = false;
        for (int k = -d; k <= d; k += 2) {
            const size_t ki = size_t(k + max);
            int xi = (k == -d || (k != d && v[ki - 1] < v[ki + 1])) ? v[ki + 1] : v[ki - 1] + 1;
            int yi = xi - k;
            while (xi < n && yi < m && x[size_t(xi)] == y[size_t(yi)]) {
                ++xi;
                ++yi;
            }
            v[ki] = xi;
            if (xi >= n && yi >= m) {
                done = true;
                break;
            }
        }
        if (done) {
            dFound = d;
            break;
        }
    }
    QList<DiffLine> middle;
    if (dFound < 0) {
        for (int i = 0; i < n; ++i)
            middle.append({DiffLine::Op::Remove, a.at(prefix + i), 0, 0});
        for (int i = 0; i < m; ++i)
            middle.append({DiffLine::Op::Add, b.at(prefix + i), 0, 0});
    }
    // walk back through the traces
    int xi = n, yi = m;
    for (int d = dFound; d > 0; --d) {
        const std::vector<int> &vd = trace[size_t(d)]; // diagonals -d..d, index k + d
        auto at = [&](int k) { return vd[size_t(k + d)]; };
        const int k = xi - yi;
        const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
        const int prevX = at(prevK);
        const int prevY = prevX - prevK;
        while (xi > prevX && yi > prevY) {
            --xi;
            --yi;
            middle.prepend({DiffLine::Op::Keep, a.at(prefix + xi), 0, 0});
        }
        if (xi == prevX)
            middle.prepend({DiffLine::Op::Add, b.at(prefix + prevY), 0, 0});
        else
            middle.prepend({DiffLine::Op::Remove, a.at(prefix + prevX), 0, 0});
        xi = prevX;
        yi = prevY;
    }
    while (dFound >= 0 && xi > 0 && yi > 0) {
        --xi;
        --yi;
        middle.prepend({DiffLine::Op::Keep, a.at(prefix + xi), 0, 0});
    }
    QList<DiffLine> out;
    out.reserve(prefix + middle.size() + suffix);
    for (qsizetype i = 0; i < prefix; ++i)
        out.append({DiffLine::Op::Keep, a.at(i), 0, 0});
    out.append(middle);
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        out.append({DiffLine::Op::Keep, a.at(i), 0, 0});
    int oldLine = 0, newLine = 0;
    for (DiffLine &l : out) {
        if (l.op != DiffLine::Op::Add)
            l.oldLine = ++oldLine;
        if (l.op != DiffLine::Op::Remove)
            l.newLine = ++newLine;
    }
    return out;
}

QString unifiedDiff(const QList<DiffLine> &diff, int context)
{
    QString out;
    const qsizetype n = diff.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && diff.at(i).op == DiffLine::Op::Keep)
            ++i;
        if (i >= n)
            break;
        // a hunk: from `context` lines before this change to `context` after the last change
        // that is closer than 2*context lines to the next
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        qsizetype lastChange = i;
        while (end < n) {
            if (diff.at(end).op != DiffLine::Op::Keep)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(n, lastChange + context + 1);
        int oldStart = 0, oldCount = 0, newStart = 0, newCount = 0;
        for (qsizetype j = start; j < end; ++j) {
            const DiffLine &l = diff.at(j);
            if (l.op != DiffLine::Op::Add) {
                if (!oldStart)
                    oldStart = l.oldLine;
                ++oldCount;
            }
            if (l.op != DiffLine::Op::Remove) {
                if (!newStart)
                    newStart = l.newLine;
                ++newCount;
            }
        }
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(oldStart).arg(oldCount).arg(newStart).arg(newCount);
        for (qsizetype j = start; j < end; ++j) {
            const DiffLine &l = diff.at(j);
            out += (l.op == DiffLine::Op::Keep ? u' ' : l.op == DiffLine::Op::Add ? u'+' : u'-') + l.text + u'\n';
        }
        i = end;
    }
    return out;
}

QString unifiedYamlDiff(const QJsonObject &before, const QJsonObject &after, const yaml::EmitOptions &options, int context)
{
    return unifiedYamlDiff(before.isEmpty() ? QString() : yaml::fromObject(before, options), after, options, context);
}

QString unifiedYamlDiff(const QString &beforeYaml, const QJsonObject &after, const yaml::EmitOptions &options, int context)
{
    const QString b = after.isEmpty() ? QString() : yaml::fromObject(after, options);
    return unifiedDiff(diffLines(beforeYaml.split(u'\n'), b.split(u'\n')), context);
}

} // namespace fc::editors

#include "cli/TextTable.h"

namespace fc {

QString alignedTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths.append(h.size());
    for (const QStringList &r : rows)
        for (qsizetype i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    auto line = [&](const QStringList &cells) -> QString {
        QString out;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString cell = cells.value(i);
            if (i + 1 == headers.size())
                out += cell;
            else
                out += cell.leftJustified(widths.at(i)) + QStringLiteral("   ");
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(headers);
    for (const QStringList &r : rows)
        out += line(r);
    return out;
}

} // namespace fc

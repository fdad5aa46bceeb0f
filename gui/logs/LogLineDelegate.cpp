#include "gui/logs/LogLineDelegate.h"

#include "model/logs/LogFilterProxy.h"
#include "model/logs/LogModel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>

namespace fc {

struct LogLineDelegate::Line {
    QString text;
    QList<QTextLayout::FormatRange> formats;
};

LogLineDelegate::LogLineDelegate(const LogFilterProxy *proxy, QObject *parent) : QStyledItemDelegate(parent), m_proxy(proxy) {}

LogLineDelegate::Line LogLineDelegate::compose(const QModelIndex &index, const QStyleOptionViewItem &option) const
{
    Line l;
    const bool marker = index.data(LogModel::MarkerRole).toBool();
    int offset = 0;
    if (m_showPrefix) {
        const QString prefix = QLatin1Char('[') + index.data(LogModel::SourcePrefixRole).toString() + QStringLiteral("] ");
        QTextLayout::FormatRange f;
        f.start = 0;
        f.length = int(prefix.size());
        f.format.setForeground(index.data(LogModel::SourceColourRole).value<QColor>());
        l.formats.append(f);
        l.text = prefix;
        offset = int(prefix.size());
    }
    if (m_showTimestamps && !marker) {
        const QString ts = index.data(LogModel::TimestampTextRole).toString();
        if (!ts.isEmpty()) {
            QTextLayout::FormatRange f;
            f.start = offset;
            f.length = int(ts.size());
            f.format.setForeground(option.palette.color(QPalette::PlaceholderText));
            l.formats.append(f);
            l.text += ts + QLatin1Char(' ');
            offset += int(ts.size()) + 1;
        }
    }
    const QString text = index.data(Qt::DisplayRole).toString();
    l.text += text;
    if (marker) {
        QTextLayout::FormatRange f;
        f.start = offset;
        f.length = int(text.size());
        f.format.setFontItalic(true);
        f.format.setForeground(option.palette.color(QPalette::PlaceholderText));
        l.formats.append(f);
    }
    for (const AnsiSpan &s : index.data(LogModel::AnsiSpansRole).value<QList<AnsiSpan>>()) {
        QTextLayout::FormatRange f;
        f.start = offset + s.start;
        f.length = s.length;
        if (s.foreground.isValid())
            f.format.setForeground(s.foreground);
        if (s.background.isValid())
            f.format.setBackground(s.background);
        if (s.bold)
            f.format.setFontWeight(QFont::Bold);
        l.formats.append(f);
    }
    if (m_proxy && !m_proxy->matcher().isEmpty()) {
        for (const auto &[start, length] : m_proxy->matcher().ranges(text)) {
            QTextLayout::FormatRange f;
            f.start = offset + start;
            f.length = length;
            f.format.setBackground(QColor(0xff, 0xd7, 0x00));
            f.format.setForeground(Qt::black);
            l.formats.append(f);
        }
    }
    return l;
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : nullptr;
    if (style)
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
    const Line l = compose(index, option);
    QTextLayout layout(l.text, option.font);
    QTextOption to;
    to.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(to);
    layout.setFormats(l.formats);
    layout.beginLayout();
    qreal y = 0;
    const qreal width = option.rect.width() - 4;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(m_wrap ? width : 1e6);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    painter->save();
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.color(QPalette::HighlightedText)
                                                          : option.palette.color(QPalette::Text));
    painter->setClipRect(option.rect);
    layout.draw(painter, QPointF(option.rect.left() + 2, option.rect.top() + 1));
    painter->restore();
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int lineHeight = option.fontMetrics.height() + 2;
    if (!m_wrap)
        return QSize(option.fontMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString()) + 8, lineHeight);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() - 4 : 800;
    const Line l = compose(index, option);
    QTextLayout layout(l.text, option.font);
    QTextOption to;
    to.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(to);
    layout.beginLayout();
    qreal h = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        h += line.height();
    }
    layout.endLayout();
    return QSize(width, int(h) + 2);
}

} // namespace fc

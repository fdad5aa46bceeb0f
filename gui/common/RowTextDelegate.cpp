#include "gui/common/RowTextDelegate.h"

#include "gui/common/Icons.h"
#include "model/common/StatusLevel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace fc {

void RowTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // background, alternating rows, selection, focus: the style's, without the text
    const QString text = std::exchange(opt.text, QString());
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    if (const QVariant level = index.data(StatusLevelRole); level.isValid() && level.toInt() > 0) {
        const int side = std::min(16, opt.rect.height() - 4);
        if (side >= 8) {
            const QRect iconRect(textRect.left(), opt.rect.top() + (opt.rect.height() - side) / 2, side, side);
            statusIcon(StatusLevel(level.toInt())).paint(painter, iconRect);
            textRect.setLeft(iconRect.right() + 1 + margin + 2);
        }
    }
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active)  ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, int(opt.displayAlignment) | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(text, opt.textElideMode, textRect.width()));
    painter->restore();
}

QSize RowTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (const QVariant level = index.data(StatusLevelRole); level.isValid() && level.toInt() > 0)
        size.rwidth() += 16 + 6; // the icon and its gap, as paint() lays them out
    return size;
}

} // namespace fc

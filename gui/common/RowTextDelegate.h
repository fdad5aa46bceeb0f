#pragma once

#include <QStyledItemDelegate>

namespace fc {

/// Draws a list table's cells as one line of elided text on the style's item background.
///
/// QStyledItemDelegate lays each cell's text out with a QTextLayout through the style; on a table
/// that repaints while thousands of rows stream in, that was 80 % of every frame (9 ms a frame for
/// 35 rows × 8 columns at 50,000 pods). Here the text is drawn with QPainter::drawText on the
/// same background, selection and foreground colours; check boxes are not drawn (the list tables
/// have none). A status cell (one whose model answers StatusLevelRole) gets its level's icon
/// (statusIcon) before the text, so its state never rests on colour alone.
class RowTextDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// The style's size, plus the status icon's room (resizeColumnToContents leaves no text clipped).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fc

#pragma once

#include <QStyledItemDelegate>

namespace fc {

class LogFilterProxy;

/// Paints one log line: "[pod/container]" prefix in the source's colour, ANSI colours, search
/// matches highlighted; marker lines in italics. One text layout per visible row only.
class LogLineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit LogLineDelegate(const LogFilterProxy *proxy, QObject *parent = nullptr);

    void setShowPrefix(bool on) { m_showPrefix = on; }
    void setShowTimestamps(bool on) { m_showTimestamps = on; }
    void setWrap(bool on) { m_wrap = on; }
    bool wrap() const { return m_wrap; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Line;
    Line compose(const QModelIndex &index, const QStyleOptionViewItem &option) const;

    const LogFilterProxy *m_proxy;
    bool m_showPrefix = false;
    bool m_showTimestamps = false;
    bool m_wrap = false;
};

} // namespace fc

#pragma once

#include "model/logs/AnsiText.h"
#include "model/logs/LogBuffer.h"

#include <QAbstractListModel>
#include <QPointer>

namespace fc {

/// A list model over a LogBuffer: one row per line, oldest first. Appends and front drops
/// arrive as one row insert/removal per batch (never a reset per line). While paused the rows
/// stay frozen and waitingCount() tells how many lines arrived meanwhile; resume inserts them.
class LogModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        TextRole = Qt::UserRole + 1, ///< display text (ANSI removed)
        RawTextRole,                 ///< QByteArray as received
        TimestampRole,               ///< qint64 ns since epoch (0 = none)
        TimestampTextRole,           ///< RFC3339Nano string
        SourceRole,                  ///< int source id in the buffer
        SourcePrefixRole,            ///< "pod/container"
        SourceColourRole,            ///< QColor, stable per source
        MarkerRole,                  ///< bool: reconnect/attach/detach marker, not a log line
        AnsiSpansRole,               ///< QList<AnsiSpan> (empty when ANSI mode is Strip)
        SequenceRole,                ///< qint64 line number in the buffer (stable)
    };
    enum class AnsiMode { Colour, Strip };

    explicit LogModel(LogBuffer *buffer, QObject *parent = nullptr);

    LogBuffer *buffer() const { return m_buffer; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Display text of a row without going through QVariant (search, copy, delegates).
    QString textAt(int row) const;
    qint64 sequenceAt(int row) const { return m_viewFirst + row; }

    AnsiMode ansiMode() const { return m_ansiMode; }
    void setAnsiMode(AnsiMode mode);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    qint64 waitingCount() const;

Q_SIGNALS:
    void pausedChanged(bool paused);
    void waitingCountChanged(qint64 count);

private:
    void onAppended(qint64 first, qint64 count);
    void onAboutToDrop(qint64 newFirst);
    void onDropped(qint64 newFirst);

    QPointer<LogBuffer> m_buffer;
    qint64 m_viewFirst = 0; ///< seq of row 0
    qint64 m_viewEnd = 0;   ///< seq after the last row
    qint64 m_pendingFirst = 0;
    bool m_removing = false;
    bool m_paused = false;
    AnsiMode m_ansiMode = AnsiMode::Colour;
};

} // namespace fc

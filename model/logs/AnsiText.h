#pragma once

#include <QColor>
#include <QList>
#include <QMetaType>
#include <QString>

namespace fc {

/// A run of text with one ANSI SGR style (offsets in the stripped text, UTF-16 units).
struct AnsiSpan {
    int start = 0;
    int length = 0;
    QColor foreground; ///< invalid = default colour
    QColor background; ///< invalid = default
    bool bold = false;
    bool operator==(const AnsiSpan &) const = default;
};

/// Text of a log line with ANSI escape sequences (colours, cursor moves) removed, and the SGR
/// colour spans they described.
struct AnsiText {
    QString text;
    QList<AnsiSpan> spans; ///< only styled runs; empty when the line had no colour

    /// Parses SGR 0/1/22/30–37/39/40–47/49/90–97/100–107/38;5;n/38;2;r;g;b (and 48 forms); any other
    /// CSI or OSC sequence is dropped.
    static AnsiText parse(const QString &raw);
    /// Fast path: the text with all escape sequences removed (no allocation when there are none).
    static QString strip(const QString &raw);
};

} // namespace fc

Q_DECLARE_METATYPE(fc::AnsiSpan)

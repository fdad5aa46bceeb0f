#include "gui/editors/YamlHighlighter.h"

#include <QRegularExpression>

namespace fc {

YamlHighlighter::YamlHighlighter(QTextDocument *document, Mode mode) : QSyntaxHighlighter(document), m_mode(mode) {}

void YamlHighlighter::highlightBlock(const QString &text)
{
    if (m_mode == Mode::Diff) {
        QColor colour;
        if (text.startsWith(u'+'))
            colour = QColor(0x2e, 0x7d, 0x32);
        else if (text.startsWith(u'-'))
            colour = QColor(0xc6, 0x28, 0x28);
        else if (text.startsWith(QStringLiteral("@@")))
            colour = QColor(0x15, 0x65, 0xc0);
        else
            return;
        QTextCharFormat f;
        f.setForeground(colour);
        if (!text.startsWith(u'@')) {
            colour.setAlpha(28); // the changed lines tinted, as in a code review
            f.setBackground(colour);
        }
        setFormat(0, int(text.size()), f);
        return;
    }
    static const QRegularExpression key(QStringLiteral(R"(^(\s*(?:-\s+)?)([^\s#:'"][^:#]*?|"[^"]*"|'[^']*')(:)(\s|$))"));
    static const QRegularExpression scalar(QStringLiteral(R"(:\s+(true|false|null|~|-?\d+(\.\d+)?)\s*$)"));
    static const QRegularExpression quoted(QStringLiteral(R"("(?:[^"\\]|\\.)*"|'[^']*')"));
    QTextCharFormat keyFormat;
    keyFormat.setForeground(QColor(0x6a, 0x1b, 0x9a));
    QTextCharFormat stringFormat;
    stringFormat.setForeground(QColor(0x2e, 0x7d, 0x32));
    QTextCharFormat literalFormat;
    literalFormat.setForeground(QColor(0x15, 0x65, 0xc0));
    QTextCharFormat commentFormat;
    commentFormat.setForeground(QColor(0x75, 0x75, 0x75));
    commentFormat.setFontItalic(true);

    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), stringFormat);
    }
    if (const auto m = key.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), keyFormat);
    if (const auto m = scalar.match(text); m.hasMatch())
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), literalFormat);
    // a comment: '#' at the start or after a blank, outside quotes (good enough for highlighting)
    static const QRegularExpression comment(QStringLiteral(R"((^|\s)#.*$)"));
    if (const auto m = comment.match(text); m.hasMatch() && text.count(u'"') % 2 == 0)
        setFormat(int(m.capturedStart()), int(m.capturedLength()), commentFormat);
}

} // namespace fc

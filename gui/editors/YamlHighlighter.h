#pragma once

#include <QSyntaxHighlighter>

namespace fc {

/// YAML colours for the editors: keys, comments, quoted strings, numbers and booleans, and the
/// "+"/"-"/"@@" lines of a unified diff (DiffMode).
class YamlHighlighter final : public QSyntaxHighlighter {
public:
    enum class Mode { Yaml, Diff };
    explicit YamlHighlighter(QTextDocument *document, Mode mode = Mode::Yaml);

protected:
    void highlightBlock(const QString &text) override;

private:
    Mode m_mode;
};

} // namespace fc

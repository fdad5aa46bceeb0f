#pragma once

#include "backend/core/Result.h"
#include "model/editors/FormModel.h"

#include <QJsonObject>
#include <QPointer>

namespace fc::editors {

class EditableDocument;

/// Reading and writing a ConfigMap's keys, shared by the table and the recognised forms.
namespace configmap {

/// `immutable: true` on the server's object: Kubernetes refuses any change to data/binaryData.
bool isImmutable(const QJsonObject &configMap);
/// What every edit of an immutable ConfigMap answers.
Error immutableError(const QJsonObject &configMap);
/// The text of a data key (empty when absent).
QString text(const QJsonObject &configMap, const QString &key);
/// `configMap` with data[key] = text (an absent `data` is created, an empty one removed).
QJsonObject withText(QJsonObject configMap, const QString &key, const QString &text);
/// Writes data[key] through the document as one undoable step, refused when immutable.
Result<void> setText(EditableDocument *document, const QString &key, const QString &text, const QString &undoText);
/// Kubernetes' limit on a ConfigMap's keys and values together.
constexpr qint64 kMaxTotalBytes = 1024 * 1024;

} // namespace configmap

/// The syntax check of a value: which syntax it was checked as (from the key's extension or the
/// value's look) and the first error with line and column.
struct ValueCheck {
    enum class Syntax { None, Yaml, Json };
    Syntax syntax = Syntax::None;
    bool ok = true;
    Error error; ///< line and column (1-based) and the parser's message when !ok
    QString summary() const; ///< "YAML", "JSON", "YAML: 3:5: mapping values are not allowed…"
};
/// The syntax a key's value is checked as: *.yaml/*.yml → YAML, *.json → JSON; otherwise JSON
/// when it starts with '{' or '[', YAML when it has several lines starting with "key:",
/// "- " or "---"; else none.
ValueCheck::Syntax valueSyntax(const QString &key, const QString &text);
/// Checks a value as the side editor does while the user types.
ValueCheck checkValue(const QString &key, const QString &text);

/// The key/value table of a ConfigMap: one row per key of data and binaryData (sorted by key;
/// binary values shown by size). Keys are added, renamed and deleted, values set or replaced
/// from a file's bytes — each as one undoable edit of the document. Key names follow
/// Kubernetes' rules (the reason shown when not); values whose key or look says YAML/JSON are
/// checked with line and column; an immutable ConfigMap refuses every edit with the reason.
class ConfigMapModel final : public FormTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, CheckColumn, ColumnCount };
    enum Role {
        IsBinaryRole = FormRoleEnd, ///< bool
        SizeRole,                   ///< qint64: bytes of the value
        SyntaxRole,                 ///< int: ValueCheck::Syntax
    };

    explicit ConfigMapModel(EditableDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Key column: rename; value column: set the text. false with lastError() saying why.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(const QString &key) const; ///< -1 when absent
    QString keyAt(int row) const;
    bool isBinary(const QString &key) const;
    QString text(const QString &key) const;   ///< a data key's value
    QByteArray bytes(const QString &key) const; ///< the value as a file would hold it (binary decoded, text UTF-8)
    qint64 totalBytes() const;                ///< keys and values, as the server counts them

    bool isImmutable() const;
    /// Why an edit was refused (setData's reason).
    const Error &lastError() const { return m_lastError; }

    /// A key name's problems: Kubernetes' rules and uniqueness across data and binaryData
    /// (`renaming` is the key being renamed, which may keep its name).
    Result<void> checkKeyName(const QString &key, const QString &renaming = {}) const;

    Result<void> addKey(const QString &key, const QString &text = {});
    Result<void> addBinaryKey(const QString &key, const QByteArray &bytes);
    Result<void> renameKey(const QString &from, const QString &to);
    Result<void> removeKey(const QString &key);
    /// Sets a text value (a binary key's value is replaced with replaceFromFile()).
    Result<void> setValue(const QString &key, const QString &text);
    /// A file's bytes as the key's value: text (valid UTF-8, no NUL bytes) goes to data, anything
    /// else to binaryData, moving the key between the two as needed; a new key is added.
    Result<void> replaceFromFile(const QString &key, const QByteArray &bytes);

    /// Every problem of the form on its field (data.KEY / binaryData.KEY / data): key names and
    /// duplicates and the 1 MiB limit as errors (the server refuses them), values that do not
    /// parse as warnings (the server takes them; the program reading them will not).
    QList<FieldMessage> messages() const;
    /// The row a StatusCause.field names ("data[key]", "binaryData[key]"), -1 when none.
    int rowForField(const QString &statusField) const;

private:
    struct Row {
        QString key;
        bool binary = false;
        QString value; ///< text, or base64 for binary
        bool operator==(const Row &) const = default;
    };
    struct RowProblems {
        QStringList key;   ///< the name breaks a rule or is taken twice
        QStringList value; ///< the value does not parse as its syntax
    };
    void rebuild();
    static qsizetype findRow(const QList<Row> &rows, const QString &key); ///< binary search, -1 when absent
    RowProblems problemsOf(int row) const;
    qint64 sizeOf(const Row &row) const;
    ValueCheck cachedCheck(int row) const;
    Result<void> edit(const QJsonObject &next, const QString &undoText);
    Result<void> refuseIfImmutable() const;

    QPointer<EditableDocument> m_document;
    QList<Row> m_rows;
    mutable QHash<QString, ValueCheck> m_checks; ///< by key, dropped when the value changes
    mutable Error m_lastError;
};

} // namespace fc::editors

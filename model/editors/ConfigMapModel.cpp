#include "model/editors/ConfigMapModel.h"

#include "backend/cluster/YamlCodec.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/KubeValidation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace fc::editors {

namespace {

QString trc(const char *text)
{
    return QCoreApplication::translate("ConfigMapModel", text);
}

const QString kData = QStringLiteral("data");
const QString kBinaryData = QStringLiteral("binaryData");

QString keyField(bool binary, const QString &key)
{
    return (binary ? kBinaryData : kData) + u'[' + key + u']';
}

Error fieldError(const QString &message, const QString &field)
{
    return makeError(message, field);
}

/// Decoded size of base64 text without decoding it.
qint64 base64Size(const QString &b64)
{
    qint64 n = b64.size();
    qint64 padding = 0;
    if (b64.endsWith(QStringLiteral("==")))
        padding = 2;
    else if (b64.endsWith(u'='))
        padding = 1;
    return n / 4 * 3 - padding;
}

bool isText(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString s = decoder(bytes);
    return !decoder.hasError();
}

bool looksLikeYaml(const QString &text)
{
    // "key: value" with a key without spaces, a list item, or a document start
    static const QRegularExpression yamlLine(QStringLiteral("^(---|\\s*-\\s|\\s*[\"']?[A-Za-z0-9_.\\-/]+[\"']?\\s*:(\\s|$))"));
    int meaningful = 0;
    int yamlish = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        const QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        ++meaningful;
        const bool match = yamlLine.match(line.toString()).hasMatch();
        if (meaningful == 1 && !match)
            return false;
        if (match && ++yamlish == 2)
            return true;
        if (meaningful >= 5)
            break;
    }
    // one line ("ns/svc:8002", "level: info") is no evidence of a YAML document
    return false;
}

} // namespace

namespace configmap {

bool isImmutable(const QJsonObject &configMap)
{
    return configMap.value(QLatin1String("immutable")).toBool();
}

Error immutableError(const QJsonObject &configMap)
{
    const QString name = configMap.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    Error e = makeError(trc("ConfigMap %1 is immutable (immutable: true): Kubernetes refuses any change to its data. "
                            "Create a new ConfigMap (or delete and re-create this one) to change it.")
                            .arg(name),
                        QStringLiteral("immutable"));
    e.reason = QStringLiteral("Immutable");
    return e;
}

QString text(const QJsonObject &configMap, const QString &key)
{
    return configMap.value(kData).toObject().value(key).toString();
}

QJsonObject withText(QJsonObject configMap, const QString &key, const QString &text)
{
    QJsonObject data = configMap.value(kData).toObject();
    data.insert(key, text);
    configMap.insert(kData, data);
    return configMap;
}

Result<void> setText(EditableDocument *document, const QString &key, const QString &value, const QString &undoText)
{
    if (isImmutable(document->original()))
        return immutableError(document->original());
    document->setEdited(withText(document->edited(), key, value), undoText);
    return {};
}

} // namespace configmap

QString ValueCheck::summary() const
{
    QString name;
    switch (syntax) {
    case Syntax::None: return {};
    case Syntax::Yaml: name = QStringLiteral("YAML"); break;
    case Syntax::Json: name = QStringLiteral("JSON"); break;
    }
    if (ok)
        return name;
    return trc("%1: line %2, column %3: %4").arg(name).arg(error.line).arg(error.column).arg(error.message);
}

ValueCheck::Syntax valueSyntax(const QString &key, const QString &text)
{
    const QString lower = key.toLower();
    if (lower.endsWith(QStringLiteral(".yaml")) || lower.endsWith(QStringLiteral(".yml")))
        return ValueCheck::Syntax::Yaml;
    if (lower.endsWith(QStringLiteral(".json")))
        return ValueCheck::Syntax::Json;
    if (!text.trimmed().isEmpty() && yaml::guessSyntax(text) == yaml::Syntax::Json)
        return ValueCheck::Syntax::Json;
    if (looksLikeYaml(text))
        return ValueCheck::Syntax::Yaml;
    return ValueCheck::Syntax::None;
}

ValueCheck checkValue(const QString &key, const QString &text)
{
    ValueCheck c;
    c.syntax = valueSyntax(key, text);
    if (c.syntax == ValueCheck::Syntax::None)
        return c;
    const Result<void> r = yaml::check(text, c.syntax == ValueCheck::Syntax::Json ? yaml::Syntax::Json : yaml::Syntax::Yaml);
    c.ok = r.ok();
    if (!r)
        c.error = r.error();
    return c;
}

qsizetype ConfigMapModel::findRow(const QList<Row> &rows, const QString &key)
{
    // rows are sorted by key
    const auto it = std::lower_bound(rows.cbegin(), rows.cend(), key, [](const Row &r, const QString &k) { return r.key < k; });
    return it != rows.cend() && it->key == key ? qsizetype(it - rows.cbegin()) : -1;
}

ConfigMapModel::ConfigMapModel(EditableDocument *document, QObject *parent)
    : FormTableModel(parent), m_document(document)
{
    connect(document, &EditableDocument::editedChanged, this, &ConfigMapModel::rebuild);
    rebuild();
}

void ConfigMapModel::rebuild()
{
    QList<Row> next;
    if (m_document) {
        const QJsonObject cm = m_document->edited();
        const QJsonObject data = cm.value(kData).toObject();
        const QJsonObject binary = cm.value(kBinaryData).toObject();
        // both are sorted by key: merge them
        auto d = data.begin();
        auto b = binary.begin();
        while (d != data.end() || b != binary.end()) {
            const bool takeData = b == binary.end() || (d != data.end() && d.key() <= b.key());
            if (takeData) {
                next.append({d.key(), false, d.value().toString()});
                ++d;
            } else {
                next.append({b.key(), true, b.value().toString()});
                ++b;
            }
        }
    }
    // a value's syntax check stays valid while its text does: only changed keys are checked
    // again (the cache holds the rows painted so far, so this is a few lookups)
    for (auto it = m_checks.begin(); it != m_checks.end();) {
        const qsizetype before = findRow(m_rows, it.key());
        const qsizetype after = findRow(next, it.key());
        const bool same = before >= 0 && after >= 0 && !next.at(after).binary && m_rows.at(before).value == next.at(after).value;
        it = same ? std::next(it) : m_checks.erase(it);
    }
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString { return (r.binary ? QStringLiteral("b:") : QStringLiteral("d:")) + r.key; });
    // problems of other rows (a duplicate key's twin, the total size) may have changed too
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {ProblemRole, SeverityRole});
}

int ConfigMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigMapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 ConfigMapModel::sizeOf(const Row &row) const
{
    return row.binary ? base64Size(row.value) : row.value.toUtf8().size();
}

ValueCheck ConfigMapModel::cachedCheck(int row) const
{
    const Row &r = m_rows.at(row);
    if (r.binary)
        return {};
    auto it = m_checks.constFind(r.key);
    if (it != m_checks.cend())
        return it.value();
    const ValueCheck c = checkValue(r.key, r.value);
    m_checks.insert(r.key, c);
    return c;
}

QVariant ConfigMapModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn: return r.key;
        case ValueColumn: {
            if (r.binary)
                return trc("binary, %1").arg(QLocale().formattedDataSize(sizeOf(r), 1, QLocale::DataSizeIecFormat));
            const qsizetype newline = r.value.indexOf(u'\n');
            if (newline < 0 || newline == r.value.size() - 1)
                return newline < 0 ? r.value : r.value.left(newline);
            return trc("%1 … (%2 lines)").arg(r.value.left(newline)).arg(r.value.count(u'\n') + (r.value.endsWith(u'\n') ? 0 : 1));
        }
        case CheckColumn: return cachedCheck(index.row()).summary();
        }
        return {};
    case Qt::EditRole:
        if (index.column() == KeyColumn)
            return r.key;
        if (index.column() == ValueColumn && !r.binary)
            return r.value;
        return {};
    case RawValueRole:
        if (index.column() == KeyColumn)
            return r.key;
        if (index.column() == ValueColumn)
            return r.binary ? QVariant(bytes(r.key)) : QVariant(r.value);
        return {};
    case Qt::ToolTipRole:
    case ProblemRole:
    case SeverityRole: {
        // key problems on the key, value problems (syntax) on the value and its check
        const RowProblems p = problemsOf(index.row());
        const QStringList &lines = index.column() == KeyColumn ? p.key : p.value;
        if (role == SeverityRole) {
            if (lines.isEmpty())
                return -1;
            return int(index.column() == KeyColumn ? FieldMessage::Severity::Error : FieldMessage::Severity::Warning);
        }
        return lines.join(u'\n');
    }
    case FieldPathRole: return keyField(r.binary, r.key);
    case IsBinaryRole: return r.binary;
    case SizeRole: return sizeOf(r);
    case SyntaxRole: return int(cachedCheck(index.row()).syntax);
    }
    return {};
}

QVariant ConfigMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case CheckColumn: return tr("Syntax", "YAML/JSON check of a ConfigMap value");
    }
    return {};
}

Qt::ItemFlags ConfigMapModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const bool editable = !isImmutable()
        && (index.column() == KeyColumn || (index.column() == ValueColumn && !m_rows.at(index.row()).binary));
    if (editable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ConfigMapModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCell(index))
        return false;
    const QString key = m_rows.at(index.row()).key;
    Result<void> r;
    switch (index.column()) {
    case KeyColumn: r = renameKey(key, value.toString()); break;
    case ValueColumn: r = setValue(key, value.toString()); break;
    default: return false;
    }
    m_lastError = r ? Error() : r.error();
    return r.ok();
}

int ConfigMapModel::rowOf(const QString &key) const
{
    return int(findRow(m_rows, key));
}

QString ConfigMapModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

bool ConfigMapModel::isBinary(const QString &key) const
{
    const int row = rowOf(key);
    return row >= 0 && m_rows.at(row).binary;
}

QString ConfigMapModel::text(const QString &key) const
{
    const int row = rowOf(key);
    return row >= 0 && !m_rows.at(row).binary ? m_rows.at(row).value : QString();
}

QByteArray ConfigMapModel::bytes(const QString &key) const
{
    const int row = rowOf(key);
    if (row < 0)
        return {};
    const Row &r = m_rows.at(row);
    return r.binary ? QByteArray::fromBase64(r.value.toLatin1()) : r.value.toUtf8();
}

qint64 ConfigMapModel::totalBytes() const
{
    qint64 total = 0;
    for (const Row &r : m_rows)
        total += r.key.toUtf8().size() + sizeOf(r);
    return total;
}

bool ConfigMapModel::isImmutable() const
{
    return m_document && configmap::isImmutable(m_document->original());
}

Result<void> ConfigMapModel::refuseIfImmutable() const
{
    if (!m_document)
        return makeError(tr("no ConfigMap is loaded"));
    if (isImmutable())
        return configmap::immutableError(m_document->original());
    return {};
}

Result<void> ConfigMapModel::checkKeyName(const QString &key, const QString &renaming) const
{
    const QStringList problems = validation::configMapKeyProblems(key);
    if (!problems.isEmpty())
        return fieldError(tr("The key “%1” %2.").arg(key, problems.join(tr("; "))), keyField(false, key));
    if (key != renaming && rowOf(key) >= 0)
        return fieldError(tr("The key “%1” exists already (keys are unique across data and binaryData).").arg(key),
                          keyField(isBinary(key), key));
    return {};
}

Result<void> ConfigMapModel::edit(const QJsonObject &next, const QString &undoText)
{
    QJsonObject o = next;
    // an emptied map is left out, as the server would: undoing to the start is then no change
    for (const QString &k : {kData, kBinaryData})
        if (o.contains(k) && o.value(k).toObject().isEmpty())
            o.remove(k);
    m_document->setEdited(o, undoText);
    return {};
}

Result<void> ConfigMapModel::addKey(const QString &key, const QString &text)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    if (Result<void> r = checkKeyName(key); !r)
        return r;
    return edit(configmap::withText(m_document->edited(), key, text), tr("Add key %1").arg(key));
}

Result<void> ConfigMapModel::addBinaryKey(const QString &key, const QByteArray &bytes)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    if (Result<void> r = checkKeyName(key); !r)
        return r;
    QJsonObject o = m_document->edited();
    QJsonObject binary = o.value(kBinaryData).toObject();
    binary.insert(key, QString::fromLatin1(bytes.toBase64()));
    o.insert(kBinaryData, binary);
    return edit(o, tr("Add binary key %1").arg(key));
}

Result<void> ConfigMapModel::renameKey(const QString &from, const QString &to)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    const int row = rowOf(from);
    if (row < 0)
        return fieldError(tr("There is no key “%1”.").arg(from), keyField(false, from));
    if (from == to)
        return {};
    if (Result<void> r = checkKeyName(to, from); !r)
        return r;
    const QString map = m_rows.at(row).binary ? kBinaryData : kData;
    QJsonObject o = m_document->edited();
    QJsonObject values = o.value(map).toObject();
    const QJsonValue v = values.take(from);
    values.insert(to, v);
    o.insert(map, values);
    return edit(o, tr("Rename key %1 to %2").arg(from, to));
}

Result<void> ConfigMapModel::removeKey(const QString &key)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    const int row = rowOf(key);
    if (row < 0)
        return fieldError(tr("There is no key “%1”.").arg(key), keyField(false, key));
    const QString map = m_rows.at(row).binary ? kBinaryData : kData;
    QJsonObject o = m_document->edited();
    QJsonObject values = o.value(map).toObject();
    values.remove(key);
    o.insert(map, values);
    return edit(o, tr("Delete key %1").arg(key));
}

Result<void> ConfigMapModel::setValue(const QString &key, const QString &text)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    const int row = rowOf(key);
    if (row < 0)
        return fieldError(tr("There is no key “%1”.").arg(key), keyField(false, key));
    if (m_rows.at(row).binary)
        return fieldError(tr("“%1” holds binary data: replace it from a file.").arg(key), keyField(true, key));
    if (m_rows.at(row).value == text)
        return {};
    return edit(configmap::withText(m_document->edited(), key, text), tr("Edit value of %1").arg(key));
}

Result<void> ConfigMapModel::replaceFromFile(const QString &key, const QByteArray &bytes)
{
    if (Result<void> r = refuseIfImmutable(); !r)
        return r;
    const int row = rowOf(key);
    if (row < 0) {
        if (Result<void> r = checkKeyName(key); !r)
            return r;
    }
    QJsonObject o = m_document->edited();
    QJsonObject data = o.value(kData).toObject();
    QJsonObject binary = o.value(kBinaryData).toObject();
    data.remove(key);
    binary.remove(key);
    if (isText(bytes))
        data.insert(key, QString::fromUtf8(bytes));
    else
        binary.insert(key, QString::fromLatin1(bytes.toBase64()));
    o.insert(kData, data);
    o.insert(kBinaryData, binary);
    return edit(o, row < 0 ? tr("Add key %1 from a file").arg(key) : tr("Replace %1 from a file").arg(key));
}

ConfigMapModel::RowProblems ConfigMapModel::problemsOf(int row) const
{
    RowProblems p;
    const Row &r = m_rows.at(row);
    const QStringList problems = validation::configMapKeyProblems(r.key);
    if (!problems.isEmpty())
        p.key << tr("The key %1.").arg(problems.join(tr("; ")));
    // rows are sorted by key: a key in both data and binaryData sits next to its twin
    const bool twin = (row > 0 && m_rows.at(row - 1).key == r.key) || (row + 1 < m_rows.size() && m_rows.at(row + 1).key == r.key);
    if (twin)
        p.key << tr("The key “%1” is in both data and binaryData: the server refuses that.").arg(r.key);
    const ValueCheck c = cachedCheck(row);
    if (!c.ok)
        p.value << c.summary();
    return p;
}

QList<FieldMessage> ConfigMapModel::messages() const
{
    QList<FieldMessage> out;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const ObjectPath path{r.binary ? kBinaryData : kData, r.key};
        const RowProblems p = problemsOf(int(i));
        for (const QString &m : p.key)
            out.append({path, m});
        for (const QString &m : p.value)
            out.append({path, m, FieldMessage::Severity::Warning});
    }
    const qint64 total = totalBytes();
    if (total > configmap::kMaxTotalBytes)
        out.append({{kData},
                    tr("Keys and values take %1, more than the 1 MiB a ConfigMap may hold.")
                        .arg(QLocale().formattedDataSize(total, 1, QLocale::DataSizeIecFormat))});
    return out;
}

int ConfigMapModel::rowForField(const QString &statusField) const
{
    const ObjectPath path = pathFromServerField(statusField, m_document ? m_document->edited() : QJsonObject());
    if (path.size() < 2 || (path.at(0) != kData && path.at(0) != kBinaryData))
        return -1;
    return rowOf(path.at(1));
}

} // namespace fc::editors

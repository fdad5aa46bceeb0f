#include "model/editors/YamlTreeModel.h"

#include "model/editors/ConfigMapModel.h"
#include "model/editors/EditableDocument.h"

namespace fc::editors {

namespace {

using Type = yaml::TreeNode::Type;

bool isCollection(const yaml::TreeNode &n)
{
    return n.type == Type::Map || n.type == Type::Sequence;
}

/// Same branches with the same number of children everywhere: the model's ids still hold.
bool sameShape(const yaml::TreeNode &a, const yaml::TreeNode &b)
{
    if (isCollection(a) != isCollection(b) || a.children.size() != b.children.size())
        return false;
    for (size_t i = 0; i < a.children.size(); ++i)
        if (!sameShape(a.children.at(i), b.children.at(i)))
            return false;
    return true;
}

} // namespace

YamlTreeModel::YamlTreeModel(EditableDocument *document, const QString &key, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_key(key)
{
    connect(document, &EditableDocument::editedChanged, this, &YamlTreeModel::rebuild);
    m_entries.push_back({});
    rebuild();
}

QString YamlTreeModel::typeName(Type type)
{
    switch (type) {
    case Type::Null: return tr("null");
    case Type::String: return tr("text");
    case Type::Integer: return tr("integer");
    case Type::Float: return tr("number");
    case Type::Boolean: return tr("yes/no");
    case Type::Map: return tr("map");
    case Type::Sequence: return tr("list");
    }
    return {};
}

void YamlTreeModel::addEntries(int parent, const yaml::TreeNode &n, const std::vector<int> &path)
{
    for (size_t i = 0; i < n.children.size(); ++i) {
        const int id = int(m_entries.size());
        std::vector<int> childPath = path;
        childPath.push_back(int(i));
        m_entries.push_back({parent, int(i), childPath, {}});
        m_entries[size_t(parent)].children.push_back(id);
        addEntries(id, n.children.at(i), childPath);
    }
}

void YamlTreeModel::rebuild()
{
    yaml::TreeNode next;
    std::optional<Error> error;
    if (m_document) {
        const QString text = configmap::text(m_document->edited(), m_key);
        Result<yaml::TreeNode> parsed = yaml::parseTree(text.toUtf8());
        if (!parsed) {
            Error e = parsed.error();
            e.message = tr("%1 does not parse: %2").arg(m_key, e.message);
            error = e;
        } else if (!isCollection(*parsed) && parsed->type != Type::Null) {
            error = makeError(tr("%1 holds a single value, not a YAML document of keys or items.").arg(m_key));
        } else {
            next = std::move(parsed).value();
            if (next.type == Type::Null)
                next.type = Type::Map; // an empty key: a document to fill
        }
    }
    if (sameShape(m_root, next) && error.has_value() == m_parseError.has_value()) {
        m_root = std::move(next);
        m_parseError = error;
        emitChanged(0);
        return;
    }
    beginResetModel();
    m_root = std::move(next);
    m_parseError = error;
    m_entries.clear();
    m_entries.push_back({});
    addEntries(0, m_root, {});
    endResetModel();
}

void YamlTreeModel::emitChanged(int id)
{
    const Entry &e = m_entries.at(size_t(id));
    if (e.children.empty())
        return;
    const QModelIndex parent = id == 0 ? QModelIndex() : createIndex(e.row, 0, quintptr(id));
    Q_EMIT dataChanged(index(0, 0, parent), index(int(e.children.size()) - 1, ColumnCount - 1, parent));
    for (int child : e.children)
        emitChanged(child);
}

const yaml::TreeNode *YamlTreeModel::node(int id) const
{
    if (id < 0 || size_t(id) >= m_entries.size())
        return nullptr;
    const yaml::TreeNode *n = &m_root;
    for (int i : m_entries.at(size_t(id)).path)
        n = &n->children.at(size_t(i));
    return n;
}

yaml::TreeNode *YamlTreeModel::nodeIn(yaml::TreeNode &root, int id) const
{
    yaml::TreeNode *n = &root;
    for (int i : m_entries.at(size_t(id)).path)
        n = &n->children.at(size_t(i));
    return n;
}

int YamlTreeModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : 0;
}

QModelIndex YamlTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.model() != this))
        return {};
    const int pid = idOf(parent);
    if (size_t(pid) >= m_entries.size())
        return {};
    const Entry &p = m_entries.at(size_t(pid));
    if (size_t(row) >= p.children.size())
        return {};
    return createIndex(row, column, quintptr(p.children.at(size_t(row))));
}

QModelIndex YamlTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int pid = m_entries.at(size_t(idOf(child))).parent;
    if (pid <= 0)
        return {};
    return createIndex(m_entries.at(size_t(pid)).row, 0, quintptr(pid));
}

int YamlTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const int id = idOf(parent);
    return size_t(id) < m_entries.size() ? int(m_entries.at(size_t(id)).children.size()) : 0;
}

int YamlTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant YamlTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int id = idOf(index);
    const yaml::TreeNode *n = node(id);
    const yaml::TreeNode *p = node(m_entries.at(size_t(id)).parent);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case KeyColumn:
            if (p->type == Type::Map)
                return n->key;
            return role == Qt::DisplayRole ? QStringLiteral("[%1]").arg(index.row()) : QVariant();
        case ValueColumn:
            if (n->type == Type::Map)
                return role == Qt::DisplayRole ? tr("%n entries", nullptr, int(n->children.size())) : QVariant();
            if (n->type == Type::Sequence)
                return role == Qt::DisplayRole ? tr("%n items", nullptr, int(n->children.size())) : QVariant();
            return n->text;
        case TypeColumn: return role == Qt::DisplayRole ? typeName(n->type) : QVariant();
        }
        return {};
    case RawValueRole:
        if (index.column() == ValueColumn && n->isScalar())
            return yaml::toJson(*n).toVariant();
        return data(index, Qt::EditRole);
    case NodeTypeRole: return int(n->type);
    case FieldPathRole: return pathText(pathOf(index));
    }
    return {};
}

QVariant YamlTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn: return tr("Key");
    case ValueColumn: return tr("Value");
    case TypeColumn: return tr("Type");
    }
    return {};
}

Qt::ItemFlags YamlTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int id = idOf(index);
    const yaml::TreeNode *n = node(id);
    if (n->isScalar())
        f |= Qt::ItemNeverHasChildren;
    if (!checkEditable())
        return f;
    const bool inMap = node(m_entries.at(size_t(id)).parent)->type == Type::Map;
    if ((index.column() == KeyColumn && inMap) || (index.column() == ValueColumn && n->isScalar()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool YamlTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index))
        return false;
    Result<void> r;
    switch (index.column()) {
    case KeyColumn: r = setKey(index, value.toString()); break;
    case ValueColumn: r = setValue(index, value.toString()); break;
    default: return false;
    }
    m_lastError = r ? Error() : r.error();
    return r.ok();
}

Result<void> YamlTreeModel::checkEditable() const
{
    if (!m_document)
        return makeError(tr("no ConfigMap is loaded"));
    if (configmap::isImmutable(m_document->original()))
        return configmap::immutableError(m_document->original());
    if (m_parseError)
        return makeError(tr("Fix %1 as text first: %2").arg(m_key, m_parseError->toString()));
    return {};
}

Result<void> YamlTreeModel::write(const yaml::TreeNode &root, const QString &undoText)
{
    return configmap::setText(m_document, m_key, yaml::emitTree(root), undoText);
}

Result<void> YamlTreeModel::setKey(const QModelIndex &index, const QString &key)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    const int id = idOf(index);
    if (!index.isValid() || node(m_entries.at(size_t(id)).parent)->type != Type::Map)
        return makeError(tr("Only entries of a map have keys."));
    if (key.isEmpty())
        return makeError(tr("A key must not be empty."), pathText(pathOf(index)));
    const yaml::TreeNode *n = node(id);
    if (n->key == key)
        return {};
    for (const yaml::TreeNode &sibling : node(m_entries.at(size_t(id)).parent)->children)
        if (sibling.key == key)
            return makeError(tr("“%1” exists already here.").arg(key), pathText(pathOf(index)));
    yaml::TreeNode root = m_root;
    nodeIn(root, id)->key = key;
    return write(root, tr("Rename %1 to %2").arg(n->key, key));
}

Result<void> YamlTreeModel::setValue(const QModelIndex &index, const QString &text)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    const int id = idOf(index);
    const yaml::TreeNode *n = node(id);
    if (!index.isValid() || !n->isScalar())
        return makeError(tr("Only single values can be set; maps and lists hold entries."));
    if (n->text == text)
        return {};
    yaml::TreeNode::Type type = n->type;
    if (type == Type::Null) {
        type = yaml::plainScalarType(text); // a null has no type to keep
    } else if (!yaml::scalarFits(type, text)) {
        return makeError(tr("“%1” is not %2: the value stays %2.").arg(text, typeName(type)), pathText(pathOf(index)));
    }
    yaml::TreeNode root = m_root;
    yaml::TreeNode *target = nodeIn(root, id);
    target->type = type;
    target->text = type == Type::Null && text.isEmpty() ? QStringLiteral("null") : text;
    const QString name = n->key.isEmpty() ? pathText(pathOf(index)) : n->key;
    return write(root, tr("Set %1 to %2").arg(name, text));
}

Result<void> YamlTreeModel::addEntry(const QModelIndex &map, const QString &key, const QString &text)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    const int id = idOf(map);
    if (node(id)->type != Type::Map)
        return makeError(tr("Entries with keys go into maps."));
    if (key.isEmpty())
        return makeError(tr("A key must not be empty."));
    for (const yaml::TreeNode &c : node(id)->children)
        if (c.key == key)
            return makeError(tr("“%1” exists already here.").arg(key));
    yaml::TreeNode root = m_root;
    yaml::TreeNode entry;
    entry.key = key;
    entry.text = text.isEmpty() ? QStringLiteral("null") : text;
    entry.type = yaml::plainScalarType(text);
    nodeIn(root, id)->children.push_back(entry);
    return write(root, tr("Add %1").arg(key));
}

Result<void> YamlTreeModel::removeNode(const QModelIndex &index)
{
    if (Result<void> r = checkEditable(); !r)
        return r;
    if (!index.isValid())
        return makeError(tr("Nothing is selected."));
    const int id = idOf(index);
    const Entry &e = m_entries.at(size_t(id));
    yaml::TreeNode root = m_root;
    yaml::TreeNode *parent = nodeIn(root, e.parent);
    const QString name = pathText(pathOf(index));
    parent->children.erase(parent->children.begin() + e.row);
    return write(root, tr("Remove %1").arg(name));
}

ObjectPath YamlTreeModel::pathOf(const QModelIndex &index) const
{
    ObjectPath out;
    int id = idOf(index);
    while (id > 0) {
        const Entry &e = m_entries.at(size_t(id));
        const yaml::TreeNode *p = node(e.parent);
        out.prepend(p->type == Type::Map ? node(id)->key : indexSegment(e.row));
        id = e.parent;
    }
    return out;
}

QModelIndex YamlTreeModel::indexOf(const ObjectPath &path) const
{
    QModelIndex current;
    for (const QString &segment : path) {
        const int id = idOf(current);
        const yaml::TreeNode *n = node(id);
        int row = -1;
        if (n->type == Type::Map) {
            for (size_t i = 0; i < n->children.size(); ++i)
                if (n->children.at(i).key == segment)
                    row = int(i);
        } else if (n->type == Type::Sequence) {
            bool ok = false;
            row = segment.toInt(&ok);
            if (!ok || row < 0 || size_t(row) >= n->children.size())
                row = -1;
        }
        if (row < 0)
            return {};
        current = index(row, 0, current);
    }
    return current;
}

} // namespace fc::editors

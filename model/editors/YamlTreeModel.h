#pragma once

#include "backend/cluster/YamlTree.h"
#include "backend/core/Result.h"
#include "model/editors/FormModel.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <optional>
#include <vector>

namespace fc::editors {

class EditableDocument;

/// A YAML document held in one ConfigMap key as a tree (OpenFL's envoy_config.yaml with its
/// shard_descriptor, a director config…): maps and lists as branches, scalars as leaves. Keys
/// and scalar values are editable and keep their type — an integer stays an integer, a quoted
/// "50051" stays a string — and the document is written back in its own key order
/// (yaml::TreeNode). Entries can be added to maps and removed. Each change is one undoable
/// edit of the document.
class YamlTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { NodeTypeRole = FormRoleEnd }; ///< int: yaml::TreeNode::Type

    YamlTreeModel(EditableDocument *document, const QString &key, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    const Error &lastError() const { return m_lastError; }

    const QString &key() const { return m_key; }
    /// The text does not parse, or is a single scalar: no rows, edits refused.
    const std::optional<Error> &parseError() const { return m_parseError; }

    /// Renames a map entry (unique among its siblings, not empty).
    Result<void> setKey(const QModelIndex &index, const QString &key);
    /// Sets a scalar's text; it must fit the scalar's type (a null takes any scalar).
    Result<void> setValue(const QModelIndex &index, const QString &text);
    /// Adds `key: text` to the map at `map` (the invalid index for the top level); the text's
    /// type is what a YAML reader would give it.
    Result<void> addEntry(const QModelIndex &map, const QString &key, const QString &text);
    Result<void> removeNode(const QModelIndex &index);

    /// Keys and list indices from the document's root to the node.
    ObjectPath pathOf(const QModelIndex &index) const;
    QModelIndex indexOf(const ObjectPath &path) const;

    static QString typeName(yaml::TreeNode::Type type);

private:
    /// One node of the tree as the model addresses it: its place under its parent. Ids are
    /// stable while the tree keeps its shape, so an edited value keeps its index.
    struct Entry {
        int parent = -1;
        int row = 0;
        std::vector<int> path; ///< child positions from the root
        std::vector<int> children;
    };
    void rebuild();
    void addEntries(int parent, const yaml::TreeNode &node, const std::vector<int> &path);
    const yaml::TreeNode *node(int id) const;
    yaml::TreeNode *nodeIn(yaml::TreeNode &root, int id) const;
    int idOf(const QModelIndex &index) const;
    Result<void> checkEditable() const;
    Result<void> write(const yaml::TreeNode &root, const QString &undoText);
    void emitChanged(int id);

    QPointer<EditableDocument> m_document;
    QString m_key;
    yaml::TreeNode m_root;
    std::vector<Entry> m_entries; ///< [0] is the (invisible) root
    std::optional<Error> m_parseError;
    Error m_lastError;
};

} // namespace fc::editors

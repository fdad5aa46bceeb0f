#pragma once

#include "backend/cluster/YamlTree.h"
#include "backend/core/Result.h"
#include "model/editors/FormModel.h"

#include <QJsonObject>
#include <QPointer>

#include <optional>

namespace fc::editors {

class EditableDocument;

/// The NVIDIA device plugin's time-slicing configuration held in one ConfigMap key (the GPU
/// operator's ClusterPolicy names the ConfigMap in devicePlugin.config; a node picks a key with
/// the label nvidia.com/device-plugin.config). One row per shared resource:
/// `sharing.timeSlicing.resources[{name, replicas, rename?, devices?}]`, plus the config's
/// `renameByDefault` and `failRequestsGreaterThanOne` switches. Checked as the plugin's config
/// loader does (api/config/v1): version v1, at least one resource, replicas > 0, devices "all",
/// a count or a list of GPU/MIG indices or UUIDs. The key's YAML (or JSON) is written back in
/// its own key order and style; fields the form does not show are kept.
class TimeSlicingModel final : public FormTableModel {
    Q_OBJECT
public:
    enum Column {
        ResourceColumn, ///< nvidia.com/gpu, nvidia.com/mig-1g.10gb
        ReplicasColumn,
        RenameColumn,   ///< the name advertised instead (empty: the default)
        DevicesColumn,  ///< all, a count, or a list
        AdvertisedColumn, ///< read-only: "nvidia.com/gpu.shared ×4 per device"
        ColumnCount
    };

    TimeSlicingModel(EditableDocument *document, const QString &key, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    const Error &lastError() const { return m_lastError; }

    const QString &key() const { return m_key; }
    /// The text does not parse (line and column): no rows, edits refused.
    const std::optional<Error> &parseError() const { return m_parseError; }

    bool renameByDefault() const;
    Result<void> setRenameByDefault(bool on);
    bool failRequestsGreaterThanOne() const;
    Result<void> setFailRequestsGreaterThanOne(bool on);

    Result<void> addResource(const QString &name, int replicas);
    Result<void> removeResource(int row);
    Result<void> setResourceName(int row, const QString &name);
    Result<void> setReplicas(int row, int replicas);
    Result<void> setRename(int row, const QString &rename); ///< empty removes it
    Result<void> setDevices(int row, const QString &devices); ///< "all", "2", "0,1", "GPU-…"

    /// The resource nodes using this config advertise for a row, and how many per device.
    QString advertised(int row) const;
    /// Problems of the whole config (version, no resources, a strategy) on their paths, and
    /// each row's on data.KEY.sharing.timeSlicing.resources.N[.field].
    QList<FieldMessage> messages() const;

    /// A new key's text: version v1, nvidia.com/gpu shared 4 ways.
    static QString templateText();

private:
    struct Row {
        QJsonObject resource;
        bool operator==(const Row &) const = default;
    };
    struct RowProblems {
        QStringList name, replicas, rename, devices; ///< errors
        QStringList warnings;
    };
    void rebuild();
    RowProblems problemsOf(int row) const;
    QJsonObject config() const;            ///< the key's document as JSON (empty on a parse error)
    QJsonArray resources() const;
    Result<void> checkEditable(int row = -1) const;
    Result<void> write(const QJsonObject &config, const QString &undoText);
    Result<void> writeResources(const QJsonArray &resources, const QString &undoText);
    Result<void> writeSwitch(const char *name, bool on, const QString &undoText);

    QPointer<EditableDocument> m_document;
    QString m_key;
    QList<Row> m_rows;
    yaml::TreeNode m_tree;
    bool m_json = false; ///< the key holds JSON: written back as JSON
    std::optional<Error> m_parseError;
    Error m_lastError;
};

} // namespace fc::editors

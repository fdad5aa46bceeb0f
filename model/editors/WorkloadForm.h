#pragma once

#include "backend/core/Result.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/FormModel.h"

#include <QHash>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace fc::editors {

class ContainersModel;
class EnvModel;
class ContainerPortsModel;
class ResourcesModel;
class NodeSelectorModel;
class TolerationsModel;

/// Problems of a DaemonSet/Deployment/StatefulSet's pod template by Kubernetes' validation
/// rules (pkg/apis/core/validation): container names and images, env names and references,
/// ports (IANA names unique in the pod, hostPort clashes on the same protocol and address,
/// hostNetwork's hostPort = containerPort), resources (quantities, extended resources whole and
/// not overcommitted, request ≤ limit), nodeSelector labels, tolerations, replicas. Paths use
/// list indices, as the server's StatusCause.field does. Warnings are what the server accepts
/// but probably was not meant (duplicate env names, a port listed twice).
QList<FieldMessage> validateWorkload(const QJsonObject &workload);

/// The pod template of a DaemonSet, Deployment or StatefulSet being edited (the object at
/// spec.template.spec), with one table model per part the GUI shows: containers, and for the
/// current container its env, ports and resources; the pod's nodeSelector and tolerations;
/// replicas where the kind has them. Every change is one undoable edit of the document; the
/// models follow the document (undo, rebase, reload). Validation results are per field
/// (messages(), and ProblemRole/SeverityRole of each cell); a server rejection's
/// StatusCause.field is mapped to the same cell by locate().
class WorkloadForm final : public QObject {
    Q_OBJECT
public:
    explicit WorkloadForm(EditableDocument *document, QObject *parent = nullptr);
    ~WorkloadForm() override;

    EditableDocument *document() const { return m_document; }
    QString kind() const;
    /// Deployment and StatefulSet (and ReplicaSet) scale by replicas; a DaemonSet does not.
    bool hasReplicas() const;
    std::optional<int> replicas() const;
    Result<void> setReplicas(int replicas);

    static const ObjectPath &podSpecPath(); ///< spec, template, spec
    QJsonObject podSpec() const;
    int containerCount() const;
    QStringList containerNames() const;
    /// The container whose env, ports and resources the models show.
    int currentContainer() const { return m_current; }
    void setCurrentContainer(int index);
    int containerIndex(const QString &name) const; ///< -1 when none has that name

    ContainersModel *containers() const { return m_containers; }
    EnvModel *env() const { return m_env; }
    ContainerPortsModel *ports() const { return m_ports; }
    ResourcesModel *resources() const { return m_resources; }
    NodeSelectorModel *nodeSelector() const { return m_nodeSelector; }
    TolerationsModel *tolerations() const { return m_tolerations; }

    /// The cluster's Secrets and ConfigMaps in the workload's namespace (name → keys), for the
    /// GUI's pickers and the "does not exist / has no key" warnings on env references. Until
    /// set, references are checked for form only.
    void setKnownSecrets(const QHash<QString, QStringList> &secrets);
    void setKnownConfigMaps(const QHash<QString, QStringList> &configMaps);
    const QHash<QString, QStringList> &knownSecrets() const { return m_secrets; }
    const QHash<QString, QStringList> &knownConfigMaps() const { return m_configMaps; }

    /// A rejection's causes shown on their fields (as errors) until the next edit.
    void setServerCauses(const QList<StatusCause> &causes);

    /// Every problem: validateWorkload(), the live reference checks, the server's causes.
    const QList<FieldMessage> &messages() const { return m_messages; }

    /// A cell of the form: which table, for which container, which row and column (-1 when
    /// the field is the whole table or row).
    struct Cell {
        enum class Table { Workload, Containers, Env, Ports, Resources, NodeSelector, Tolerations };
        Table table = Table::Workload;
        int container = -1;
        int row = -1;
        int column = -1;
        bool operator==(const Cell &) const = default;
    };
    /// The cell a StatusCause.field names ("spec.template.spec.containers[0].ports[1].hostPort"),
    /// or std::nullopt when the form does not show that field. A field the server names by its
    /// map ("…resources.requests", "…nodeSelector") is refined first (refinedPath()).
    std::optional<Cell> locate(const QString &statusField) const;
    std::optional<Cell> locate(const ObjectPath &path) const;
    /// A server path made precise: when exactly one of the form's own errors lies under it, that
    /// error's path ("…resources.requests" → "…resources.requests[cpu]"); else the path itself.
    ObjectPath refinedPath(const ObjectPath &serverPath) const;

    /// Changes the pod spec as one undoable edit (`change` gets spec.template.spec).
    Result<void> editPodSpec(const std::function<void(QJsonObject &podSpec)> &change, const QString &undoText);
    /// Changes one container as one undoable edit.
    Result<void> editContainer(int container, const std::function<void(QJsonObject &container)> &change, const QString &undoText);

Q_SIGNALS:
    /// The edit changed (after the messages were recomputed); the models have updated.
    void changed();
    void currentContainerChanged(int index);

private:
    void onEdited();
    void revalidate();

    QPointer<EditableDocument> m_document;
    int m_current = 0;
    QHash<QString, QStringList> m_secrets;
    QHash<QString, QStringList> m_configMaps;
    bool m_haveSecrets = false;
    bool m_haveConfigMaps = false;
    QList<FieldMessage> m_server;
    QList<FieldMessage> m_messages;
    ContainersModel *m_containers;
    EnvModel *m_env;
    ContainerPortsModel *m_ports;
    ResourcesModel *m_resources;
    NodeSelectorModel *m_nodeSelector;
    TolerationsModel *m_tolerations;
};

/// The shared part of the workload form's tables: rows rebuilt from the form, each cell's
/// problems from the form's messages by the field it shows, setData as a form edit whose
/// refusal reason is lastError().
class WorkloadTableModel : public FormTableModel {
    Q_OBJECT
public:
    explicit WorkloadTableModel(WorkloadForm *form);

    WorkloadForm *form() const { return m_form; }
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) final;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    const Error &lastError() const { return m_lastError; }

    /// The object path of the field a cell shows (what locate() maps back to the cell).
    virtual ObjectPath cellPath(int row, int column) const = 0;

protected:
    virtual int rows() const = 0;
    virtual int columns() const = 0;
    virtual QVariant cellData(int row, int column, int role) const = 0;
    virtual Result<void> setCell(int row, int column, const QVariant &value, int role) = 0;
    /// The path of the row as a whole (its problems show in column 0).
    virtual ObjectPath rowPath(int row) const = 0;
    /// Rebuilds the rows from the form (syncRows).
    virtual void reload() = 0;
    /// Called by the form when its edit or current container changed.
    void refresh();
    /// The path of the current container, and the container itself.
    ObjectPath containerPath() const;
    QJsonObject currentContainer() const;

private:
    friend class WorkloadForm;
    WorkloadForm *m_form;
    Error m_lastError;
};

} // namespace fc::editors

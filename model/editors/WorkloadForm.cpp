#include "model/editors/WorkloadForm.h"

#include "model/editors/ContainerPortsModel.h"
#include "model/editors/ContainersModel.h"
#include "model/editors/EditableDocument.h"
#include "model/editors/EnvModel.h"
#include "model/editors/KubeValidation.h"
#include "model/editors/NodeSelectorModel.h"
#include "model/editors/ResourcesModel.h"
#include "model/editors/TolerationsModel.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace fc::editors {

namespace {

/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(WorkloadForm)
};

using Severity = FieldMessage::Severity;

const QString kContainers = QStringLiteral("containers");

bool scalesByReplicas(const QString &kind)
{
    return kind == u"Deployment" || kind == u"StatefulSet" || kind == u"ReplicaSet";
}

QString joined(const QStringList &problems)
{
    return problems.join(QStringLiteral("; "));
}

/// One pass over the pod spec, collecting messages.
class Validator {
public:
    QList<FieldMessage> out;

    void error(const ObjectPath &path, const QString &message) { out.append({path, message, Severity::Error}); }
    void warning(const ObjectPath &path, const QString &message) { out.append({path, message, Severity::Warning}); }

    void env(const ObjectPath &cpath, const QJsonObject &container)
    {
        QHash<QString, int> seen;
        const QJsonArray list = container.value(QLatin1String("env")).toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QJsonObject e = list.at(j).toObject();
            const ObjectPath epath = cpath + QStringList{QStringLiteral("env"), indexSegment(j)};
            const QString name = e.value(QLatin1String("name")).toString();
            if (const QStringList p = validation::envVarNameProblems(name); !p.isEmpty())
                error(epath + QStringList{QStringLiteral("name")}, Tr::tr("The name %1.").arg(joined(p)));
            else if (!validation::isClassicEnvVarName(name))
                warning(epath + QStringList{QStringLiteral("name")},
                        Tr::tr("%1: clusters before Kubernetes 1.32 refuse this name, and shells cannot read it (use letters, "
                           "digits, '_', '-' and '.', not starting with a digit).").arg(name));
            if (seen.contains(name))
                warning(epath + QStringList{QStringLiteral("name")},
                        Tr::tr("%1 is set again (row %2 sets it too): the last one wins.").arg(name).arg(seen.value(name) + 1));
            seen.insert(name, int(j));
            const QJsonObject from = e.value(QLatin1String("valueFrom")).toObject();
            if (from.isEmpty())
                continue;
            const ObjectPath fpath = epath + QStringList{QStringLiteral("valueFrom")};
            if (!e.value(QLatin1String("value")).toString().isEmpty())
                error(fpath, Tr::tr("A variable takes a value or a reference, not both."));
            if (from.size() > 1)
                error(fpath, Tr::tr("Only one source at a time (%1).").arg(from.keys().join(QStringLiteral(", "))));
            for (const char *ref : {"secretKeyRef", "configMapKeyRef"}) {
                if (!from.contains(QLatin1String(ref)))
                    continue;
                const QJsonObject r = from.value(QLatin1String(ref)).toObject();
                const ObjectPath rpath = fpath + QStringList{QLatin1String(ref)};
                const QString object = r.value(QLatin1String("name")).toString();
                if (object.isEmpty())
                    error(rpath + QStringList{QStringLiteral("name")}, Tr::tr("Which %1? The name is required.")
                                                                          .arg(QLatin1String(ref) == u"secretKeyRef" ? Tr::tr("Secret") : Tr::tr("ConfigMap")));
                else if (const QStringList p = validation::dns1123SubdomainProblems(object); !p.isEmpty())
                    error(rpath + QStringList{QStringLiteral("name")}, Tr::tr("The name %1.").arg(joined(p)));
                const QString key = r.value(QLatin1String("key")).toString();
                if (key.isEmpty())
                    error(rpath + QStringList{QStringLiteral("key")}, Tr::tr("Which key? The key is required."));
                else if (const QStringList p = validation::configMapKeyProblems(key); !p.isEmpty())
                    error(rpath + QStringList{QStringLiteral("key")}, Tr::tr("The key %1.").arg(joined(p)));
            }
        }
    }

    void ports(const ObjectPath &cpath, const QJsonObject &container, bool hostNetwork, QHash<QString, QString> &names,
               QHash<QString, QString> &hostPorts)
    {
        QHash<QString, int> inContainer;
        QHash<QString, QString> namesHere;
        const QJsonArray list = container.value(QLatin1String("ports")).toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QJsonObject p = list.at(j).toObject();
            const ObjectPath ppath = cpath + QStringList{QStringLiteral("ports"), indexSegment(j)};
            const QString where = pathText(ppath.mid(3)); // "containers[0].ports[1]"
            const qint64 containerPort = p.value(QLatin1String("containerPort")).toInteger();
            const qint64 hostPort = p.value(QLatin1String("hostPort")).toInteger();
            const QString protocol = p.value(QLatin1String("protocol")).toString(QStringLiteral("TCP"));
            if (!validation::isValidPort(containerPort))
                error(ppath + QStringList{QStringLiteral("containerPort")}, Tr::tr("containerPort must be between 1 and 65535."));
            if (hostPort != 0 && !validation::isValidPort(hostPort))
                error(ppath + QStringList{QStringLiteral("hostPort")}, Tr::tr("hostPort must be between 1 and 65535 (or 0 for none)."));
            if (protocol != u"TCP" && protocol != u"UDP" && protocol != u"SCTP")
                error(ppath + QStringList{QStringLiteral("protocol")}, Tr::tr("“%1” is not a protocol: TCP, UDP or SCTP.").arg(protocol));
            const QString name = p.value(QLatin1String("name")).toString();
            if (!name.isEmpty()) {
                // the server wants names unique in a container; across the pod's containers a Service
                // naming the port (targetPort: name) could reach either
                if (const QStringList problems = validation::portNameProblems(name); !problems.isEmpty())
                    error(ppath + QStringList{QStringLiteral("name")}, Tr::tr("The port name %1.").arg(joined(problems)));
                else if (namesHere.contains(name))
                    error(ppath + QStringList{QStringLiteral("name")},
                          Tr::tr("%1 already names %2: port names are unique in a container.").arg(name, namesHere.value(name)));
                else if (names.contains(name))
                    warning(ppath + QStringList{QStringLiteral("name")},
                            Tr::tr("%1 also names %2: a Service targeting the port by name may reach either.").arg(name, names.value(name)));
                namesHere.insert(name, where);
                if (!names.contains(name))
                    names.insert(name, where);
            }
            const QString number = QStringLiteral("%1/%2").arg(containerPort).arg(protocol);
            if (inContainer.contains(number))
                warning(ppath + QStringList{QStringLiteral("containerPort")},
                        Tr::tr("%1 is listed twice in this container (row %2).").arg(number).arg(inContainer.value(number) + 1));
            inContainer.insert(number, int(j));
            if (hostPort == 0)
                continue;
            const QString hostIp = p.value(QLatin1String("hostIP")).toString();
            const QString hostKey = QStringLiteral("%1/%2/%3").arg(protocol, hostIp).arg(hostPort);
            if (hostPorts.contains(hostKey))
                error(ppath + QStringList{QStringLiteral("hostPort")},
                      Tr::tr("Host port %1/%2 is taken by %3: a node has one %2 port %1 per address.").arg(hostPort).arg(protocol, hostPorts.value(hostKey)));
            else
                hostPorts.insert(hostKey, where);
            if (hostNetwork && hostPort != containerPort)
                error(ppath + QStringList{QStringLiteral("hostPort")}, Tr::tr("With hostNetwork the hostPort must equal the containerPort (%1).").arg(containerPort));
        }
    }

    void resources(const ObjectPath &cpath, const QJsonObject &container)
    {
        const QJsonObject res = container.value(QLatin1String("resources")).toObject();
        const ObjectPath rpath = cpath + QStringList{QStringLiteral("resources")};
        QHash<QString, long double> parsed[2];
        const QString kinds[2] = {QStringLiteral("requests"), QStringLiteral("limits")};
        for (int k = 0; k < 2; ++k) {
            const QJsonObject map = res.value(kinds[k]).toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                const ObjectPath path = rpath + QStringList{kinds[k], it.key()};
                if (const QStringList p = validation::resourceNameProblems(it.key()); !p.isEmpty()) {
                    error(path, Tr::tr("%1 %2.").arg(it.key(), joined(p)));
                    continue;
                }
                // the API takes numbers too (resources: {limits: {nvidia.com/gpu: 1}})
                const QString text = it.value().isDouble() ? QString::number(it.value().toDouble()) : it.value().toString();
                QString problem;
                const std::optional<long double> q = validation::parseQuantity(text, &problem);
                if (!q) {
                    error(path, Tr::tr("“%1” %2.").arg(text, problem));
                    continue;
                }
                if (*q < 0)
                    error(path, Tr::tr("must be 0 or more"));
                const validation::ResourceKind kind = validation::resourceKind(it.key());
                if (validation::isExtendedResource(kind) && std::fabs(*q - std::round(*q)) > 1e-9L)
                    error(path, Tr::tr("%1 is counted in whole devices: %2 is not a whole number.").arg(it.key(), text));
                parsed[k].insert(it.key(), *q);
            }
        }
        for (auto it = parsed[0].cbegin(); it != parsed[0].cend(); ++it) {
            const QString &name = it.key();
            const ObjectPath path = rpath + QStringList{kinds[0], name};
            const validation::ResourceKind kind = validation::resourceKind(name);
            const bool limited = parsed[1].contains(name);
            if (validation::isExtendedResource(kind)) {
                if (!limited) // on the limit, where the server names it: that is the cell to fill in
                    error(rpath + QStringList{kinds[1], name}, Tr::tr("%1 cannot be overcommitted: set its limit (to the same number).").arg(name));
                else if (std::fabs(parsed[1].value(name) - it.value()) > 1e-9L)
                    error(path, Tr::tr("must equal the %1 limit: extended resources cannot be overcommitted.").arg(name));
            } else if (limited && it.value() > parsed[1].value(name) + 1e-12L) {
                error(path, Tr::tr("must be less than or equal to the %1 limit.").arg(name));
            }
        }
    }

    void nodeSelector(const ObjectPath &base, const QJsonObject &podSpec)
    {
        const QJsonObject selector = podSpec.value(QLatin1String("nodeSelector")).toObject();
        for (auto it = selector.begin(); it != selector.end(); ++it) {
            const ObjectPath path = base + QStringList{QStringLiteral("nodeSelector"), it.key()};
            if (const QStringList p = validation::qualifiedNameProblems(it.key()); !p.isEmpty())
                error(path, Tr::tr("The label key %1.").arg(joined(p)));
            if (const QStringList p = validation::labelValueProblems(it.value().toString()); !p.isEmpty())
                error(path, Tr::tr("The label value %1.").arg(joined(p)));
        }
    }

    void tolerations(const ObjectPath &base, const QJsonObject &podSpec)
    {
        const QJsonArray list = podSpec.value(QLatin1String("tolerations")).toArray();
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QJsonObject t = list.at(j).toObject();
            const ObjectPath tpath = base + QStringList{QStringLiteral("tolerations"), indexSegment(j)};
            const QString key = t.value(QLatin1String("key")).toString();
            const QString op = t.value(QLatin1String("operator")).toString(QStringLiteral("Equal"));
            const QString value = t.value(QLatin1String("value")).toString();
            const QString effect = t.value(QLatin1String("effect")).toString();
            if (!key.isEmpty())
                if (const QStringList p = validation::qualifiedNameProblems(key); !p.isEmpty())
                    error(tpath + QStringList{QStringLiteral("key")}, Tr::tr("The key %1.").arg(joined(p)));
            if (op != u"Equal" && op != u"Exists")
                error(tpath + QStringList{QStringLiteral("operator")}, Tr::tr("“%1” is not an operator: Equal or Exists.").arg(op));
            else if (key.isEmpty() && op != u"Exists")
                error(tpath + QStringList{QStringLiteral("operator")}, Tr::tr("Without a key the operator must be Exists (tolerate every taint)."));
            if (op == u"Exists" && !value.isEmpty()) // on the operator, as the server names it
                error(tpath + QStringList{QStringLiteral("operator")}, Tr::tr("With Exists there is no value (remove “%1” or use Equal).").arg(value));
            else if (const QStringList p = validation::labelValueProblems(value); op == u"Equal" && !p.isEmpty())
                error(tpath + QStringList{QStringLiteral("value")}, Tr::tr("The value %1.").arg(joined(p)));
            if (!effect.isEmpty() && !validation::taintEffects().contains(effect))
                error(tpath + QStringList{QStringLiteral("effect")},
                      Tr::tr("“%1” is not an effect: NoSchedule, PreferNoSchedule or NoExecute (or empty for all).").arg(effect));
            else if (t.contains(QLatin1String("tolerationSeconds")) && effect != u"NoExecute")
                error(tpath + QStringList{QStringLiteral("effect")}, Tr::tr("tolerationSeconds applies to NoExecute only."));
        }
    }
};

} // namespace

QList<FieldMessage> validateWorkload(const QJsonObject &workload)
{
    Validator v;
    const QString kind = workload.value(QLatin1String("kind")).toString();
    const QJsonValue replicas = workload.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas"));
    if (scalesByReplicas(kind) && !replicas.isUndefined()
        && (!replicas.isDouble() || replicas.toDouble() < 0 || replicas.toDouble() != std::floor(replicas.toDouble())))
        v.error({QStringLiteral("spec"), QStringLiteral("replicas")}, Tr::tr("Replicas must be a whole number, 0 or more."));

    const ObjectPath &base = WorkloadForm::podSpecPath();
    const QJsonObject podSpec = valueAtPath(workload, base).toObject();
    const QJsonArray containers = podSpec.value(kContainers).toArray();
    if (containers.isEmpty())
        v.error(base + QStringList{kContainers}, Tr::tr("A pod needs at least one container."));
    QHash<QString, QString> containerNames;
    for (const QJsonValue &c : podSpec.value(QLatin1String("initContainers")).toArray())
        containerNames.insert(c.toObject().value(QLatin1String("name")).toString(), QStringLiteral("an init container"));
    QHash<QString, QString> portNames;
    QHash<QString, QString> hostPorts;
    const bool hostNetwork = podSpec.value(QLatin1String("hostNetwork")).toBool();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QJsonObject c = containers.at(i).toObject();
        const ObjectPath cpath = base + QStringList{kContainers, indexSegment(i)};
        const QString name = c.value(QLatin1String("name")).toString();
        if (const QStringList p = validation::dns1123LabelProblems(name); !p.isEmpty())
            v.error(cpath + QStringList{QStringLiteral("name")}, Tr::tr("The container name %1.").arg(joined(p)));
        else if (containerNames.contains(name))
            v.error(cpath + QStringList{QStringLiteral("name")}, Tr::tr("%1 also names %2: container names are unique in a pod.").arg(name, containerNames.value(name)));
        containerNames.insert(name, QStringLiteral("containers[%1]").arg(i));
        if (c.value(QLatin1String("image")).toString().trimmed().isEmpty())
            v.error(cpath + QStringList{QStringLiteral("image")}, Tr::tr("An image is required."));
        v.env(cpath, c);
        v.ports(cpath, c, hostNetwork, portNames, hostPorts);
        v.resources(cpath, c);
    }
    v.nodeSelector(base, podSpec);
    v.tolerations(base, podSpec);
    return v.out;
}

// ---------------------------------------------------------------------------------------------

WorkloadForm::WorkloadForm(EditableDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_containers = new ContainersModel(this);
    m_env = new EnvModel(this);
    m_ports = new ContainerPortsModel(this);
    m_resources = new ResourcesModel(this);
    m_nodeSelector = new NodeSelectorModel(this);
    m_tolerations = new TolerationsModel(this);
    connect(document, &EditableDocument::editedChanged, this, &WorkloadForm::onEdited);
    onEdited();
}

WorkloadForm::~WorkloadForm() = default;

const ObjectPath &WorkloadForm::podSpecPath()
{
    static const ObjectPath path{QStringLiteral("spec"), QStringLiteral("template"), QStringLiteral("spec")};
    return path;
}

QString WorkloadForm::kind() const
{
    return m_document ? m_document->edited().value(QLatin1String("kind")).toString() : QString();
}

bool WorkloadForm::hasReplicas() const
{
    return scalesByReplicas(kind());
}

std::optional<int> WorkloadForm::replicas() const
{
    if (!hasReplicas())
        return std::nullopt;
    // the API server's default is 1
    return m_document->edited().value(QLatin1String("spec")).toObject().value(QLatin1String("replicas")).toInt(1);
}

Result<void> WorkloadForm::setReplicas(int replicas)
{
    if (!m_document)
        return makeError(Tr::tr("no workload is loaded"));
    if (!hasReplicas())
        return makeError(Tr::tr("A %1 runs one pod per node: it has no replicas.").arg(kind()), QStringLiteral("spec.replicas"));
    if (replicas < 0)
        return makeError(Tr::tr("Replicas must be 0 or more."), QStringLiteral("spec.replicas"));
    if (replicas == this->replicas())
        return {};
    QJsonObject o = m_document->edited();
    setAtPath(o, {QStringLiteral("spec"), QStringLiteral("replicas")}, replicas);
    m_document->setEdited(o, Tr::tr("Scale to %n replica(s)", nullptr, replicas));
    return {};
}

QJsonObject WorkloadForm::podSpec() const
{
    return m_document ? valueAtPath(m_document->edited(), podSpecPath()).toObject() : QJsonObject();
}

int WorkloadForm::containerCount() const
{
    return int(podSpec().value(kContainers).toArray().size());
}

QStringList WorkloadForm::containerNames() const
{
    QStringList out;
    for (const QJsonValue &c : podSpec().value(kContainers).toArray())
        out << c.toObject().value(QLatin1String("name")).toString();
    return out;
}

int WorkloadForm::containerIndex(const QString &name) const
{
    return int(containerNames().indexOf(name));
}

void WorkloadForm::setCurrentContainer(int index)
{
    const int count = containerCount();
    const int clamped = count == 0 ? 0 : std::clamp(index, 0, count - 1);
    if (clamped == m_current)
        return;
    m_current = clamped;
    for (WorkloadTableModel *m : std::initializer_list<WorkloadTableModel *>{m_env, m_ports, m_resources})
        m->refresh();
    Q_EMIT currentContainerChanged(m_current);
}

void WorkloadForm::setKnownSecrets(const QHash<QString, QStringList> &secrets)
{
    m_secrets = secrets;
    m_haveSecrets = true;
    revalidate();
}

void WorkloadForm::setKnownConfigMaps(const QHash<QString, QStringList> &configMaps)
{
    m_configMaps = configMaps;
    m_haveConfigMaps = true;
    revalidate();
}

ObjectPath WorkloadForm::refinedPath(const ObjectPath &serverPath) const
{
    // the server names some fields by their map (resources.requests, nodeSelector): when exactly
    // one of the form's own errors lies under it, that is the field it means
    ObjectPath found;
    int count = 0;
    for (const FieldMessage &m : m_messages) {
        if (m.severity != Severity::Error || m.path.size() <= serverPath.size() || m.path.mid(0, serverPath.size()) != serverPath)
            continue;
        if (m.path != found)
            ++count;
        found = m.path;
    }
    return count == 1 ? found : serverPath;
}

void WorkloadForm::setServerCauses(const QList<StatusCause> &causes)
{
    m_server.clear();
    revalidate(); // the form's own errors, to refine the server's paths against
    for (const StatusCause &c : causes)
        m_server.append({refinedPath(parseFieldPath(c.field)), c.message, Severity::Error});
    revalidate();
}

void WorkloadForm::onEdited()
{
    m_server.clear(); // the server spoke about the edit it saw, not this one
    const int count = containerCount();
    if (m_current >= count && count > 0) {
        m_current = count - 1;
        Q_EMIT currentContainerChanged(m_current);
    }
    revalidate();
}

void WorkloadForm::revalidate()
{
    m_messages = m_document ? validateWorkload(m_document->edited()) : QList<FieldMessage>();
    // references to Secrets and ConfigMaps the cluster does not have (the pod would not start)
    const QJsonArray containers = podSpec().value(kContainers).toArray();
    for (qsizetype i = 0; i < containers.size(); ++i) {
        const QJsonArray env = containers.at(i).toObject().value(QLatin1String("env")).toArray();
        for (qsizetype j = 0; j < env.size(); ++j) {
            const QJsonObject from = env.at(j).toObject().value(QLatin1String("valueFrom")).toObject();
            struct Ref {
                const char *field;
                bool known;
                const QHash<QString, QStringList> *objects;
                QString kind;
            };
            const Ref refs[] = {{"secretKeyRef", m_haveSecrets, &m_secrets, Tr::tr("Secret")},
                                {"configMapKeyRef", m_haveConfigMaps, &m_configMaps, Tr::tr("ConfigMap")}};
            for (const Ref &ref : refs) {
                const QJsonObject r = from.value(QLatin1String(ref.field)).toObject();
                if (!ref.known || r.isEmpty() || r.value(QLatin1String("optional")).toBool())
                    continue;
                const ObjectPath path = podSpecPath() + QStringList{kContainers, indexSegment(i), QStringLiteral("env"), indexSegment(j),
                                                                    QStringLiteral("valueFrom"), QLatin1String(ref.field)};
                const QString name = r.value(QLatin1String("name")).toString();
                const QString key = r.value(QLatin1String("key")).toString();
                if (name.isEmpty() || key.isEmpty())
                    continue; // already an error
                if (!ref.objects->contains(name))
                    m_messages.append({path + QStringList{QStringLiteral("name")},
                                       Tr::tr("There is no %1 %2 in this namespace: the pod will not start.").arg(ref.kind, name), Severity::Warning});
                else if (!ref.objects->value(name).contains(key))
                    m_messages.append({path + QStringList{QStringLiteral("key")},
                                       Tr::tr("%1 %2 has no key %3: the pod will not start.").arg(ref.kind, name, key), Severity::Warning});
            }
        }
    }
    m_messages += m_server;
    for (WorkloadTableModel *m : std::initializer_list<WorkloadTableModel *>{m_containers, m_env, m_ports, m_resources, m_nodeSelector, m_tolerations})
        m->refresh();
    Q_EMIT changed();
}

std::optional<WorkloadForm::Cell> WorkloadForm::locate(const QString &statusField) const
{
    return locate(refinedPath(parseFieldPath(statusField)));
}

std::optional<WorkloadForm::Cell> WorkloadForm::locate(const ObjectPath &path) const
{
    using Table = Cell::Table;
    if (path == ObjectPath{QStringLiteral("spec"), QStringLiteral("replicas")})
        return Cell{Table::Workload, -1, 0, 0};
    const ObjectPath &base = podSpecPath();
    if (path.size() <= base.size() || path.mid(0, base.size()) != base)
        return std::nullopt;
    const ObjectPath rest = path.mid(base.size());
    const QString part = rest.at(0);
    if (part == u"nodeSelector") {
        const int row = rest.size() > 1 ? m_nodeSelector->rowOf(rest.at(1)) : -1;
        return Cell{Table::NodeSelector, -1, row, row >= 0 ? int(NodeSelectorModel::KeyColumn) : -1};
    }
    if (part == u"tolerations") {
        const int row = rest.size() > 1 ? int(elementIndex(podSpec().value(QLatin1String("tolerations")).toArray(), rest.at(1))) : -1;
        int column = -1;
        const QString field = rest.value(2);
        if (field == u"key")
            column = TolerationsModel::KeyColumn;
        else if (field == u"operator")
            column = TolerationsModel::OperatorColumn;
        else if (field == u"value")
            column = TolerationsModel::ValueColumn;
        else if (field == u"effect")
            column = TolerationsModel::EffectColumn;
        else if (field == u"tolerationSeconds")
            column = TolerationsModel::SecondsColumn;
        return Cell{Table::Tolerations, -1, row, column};
    }
    if (part != kContainers)
        return std::nullopt;
    const QJsonArray containers = podSpec().value(kContainers).toArray();
    const int container = rest.size() > 1 ? int(elementIndex(containers, rest.at(1))) : -1;
    if (container < 0 || container >= containerCount())
        return rest.size() == 1 ? std::optional<Cell>(Cell{Table::Containers, -1, -1, -1}) : std::nullopt;
    const QString field = rest.value(2);
    const QJsonObject containerObject = containers.at(container).toObject();
    if (field == u"env") {
        const int row = rest.size() > 3 ? int(elementIndex(containerObject.value(QLatin1String("env")).toArray(), rest.at(3))) : -1;
        int column = EnvModel::NameColumn;
        const QString leaf = rest.last();
        if (rest.size() > 4 && rest.at(4) == u"value")
            column = EnvModel::ValueColumn;
        else if (rest.size() > 4 && rest.at(4) == u"valueFrom")
            column = leaf == u"key" ? EnvModel::KeyColumn : EnvModel::ValueColumn;
        return Cell{Table::Env, container, row, row >= 0 ? column : -1};
    }
    if (field == u"ports") {
        const int row = rest.size() > 3 ? int(elementIndex(containerObject.value(QLatin1String("ports")).toArray(), rest.at(3))) : -1;
        int column = ContainerPortsModel::ContainerPortColumn;
        const QString leaf = rest.value(4);
        if (leaf == u"name")
            column = ContainerPortsModel::NameColumn;
        else if (leaf == u"hostPort" || leaf == u"hostIP")
            column = ContainerPortsModel::HostPortColumn;
        else if (leaf == u"protocol")
            column = ContainerPortsModel::ProtocolColumn;
        return Cell{Table::Ports, container, row, row >= 0 ? column : -1};
    }
    if (field == u"resources") {
        // the row is the resource's place in that container's table
        const QString kindOf = rest.value(3);
        const QString resource = rest.value(4);
        int row = -1;
        if (!resource.isEmpty()) {
            const QJsonObject res = containerObject.value(QLatin1String("resources")).toObject();
            QStringList names = res.value(QLatin1String("requests")).toObject().keys();
            for (const QString &n : res.value(QLatin1String("limits")).toObject().keys())
                if (!names.contains(n))
                    names << n;
            row = container == m_current ? m_resources->rowOf(resource) : int(names.indexOf(resource));
        }
        const int column = kindOf == u"limits" ? int(ResourcesModel::LimitColumn) : int(ResourcesModel::RequestColumn);
        return Cell{Table::Resources, container, row, row >= 0 ? column : -1};
    }
    int column = ContainersModel::NameColumn;
    if (field == u"image")
        column = ContainersModel::ImageColumn;
    else if (field == u"command")
        column = ContainersModel::CommandColumn;
    else if (field == u"args")
        column = ContainersModel::ArgsColumn;
    return Cell{Table::Containers, -1, container, column};
}

Result<void> WorkloadForm::editPodSpec(const std::function<void(QJsonObject &)> &change, const QString &undoText)
{
    if (!m_document)
        return makeError(Tr::tr("no workload is loaded"));
    QJsonObject o = m_document->edited();
    QJsonObject spec = valueAtPath(o, podSpecPath()).toObject();
    change(spec);
    if (!setAtPath(o, podSpecPath(), spec))
        return makeError(Tr::tr("This object has no pod template (spec.template.spec)."));
    m_document->setEdited(o, undoText);
    return {};
}

Result<void> WorkloadForm::editContainer(int container, const std::function<void(QJsonObject &)> &change, const QString &undoText)
{
    if (container < 0 || container >= containerCount())
        return makeError(Tr::tr("There is no container %1.").arg(container));
    return editPodSpec(
        [&](QJsonObject &spec) {
            QJsonArray list = spec.value(kContainers).toArray();
            QJsonObject c = list.at(container).toObject();
            change(c);
            list.replace(container, c);
            spec.insert(kContainers, list);
        },
        undoText);
}

// ---------------------------------------------------------------------------------------------

WorkloadTableModel::WorkloadTableModel(WorkloadForm *form)
    : FormTableModel(form), m_form(form)
{
}

int WorkloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int WorkloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant WorkloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    switch (role) {
    case Qt::ToolTipRole:
    case ProblemRole:
    case SeverityRole: {
        QStringList lines;
        int severity = -1;
        const ObjectPath cell = cellPath(index.row(), index.column());
        const ObjectPath row = rowPath(index.row());
        for (const FieldMessage &m : m_form->messages()) {
            const bool onCell = m.path.size() >= cell.size() && m.path.mid(0, cell.size()) == cell;
            const bool onRow = index.column() == 0 && m.path == row;
            if (!onCell && !onRow)
                continue;
            lines << m.message;
            if (severity < 0 || int(m.severity) < severity)
                severity = int(m.severity);
        }
        if (role == SeverityRole)
            return severity;
        if (role == Qt::ToolTipRole && lines.isEmpty())
            return cellData(index.row(), index.column(), role);
        return lines.join(u'\n');
    }
    case FieldPathRole: return pathText(cellPath(index.row(), index.column()));
    default: return cellData(index.row(), index.column(), role);
    }
}

bool WorkloadTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isCell(index))
        return false;
    const Result<void> r = setCell(index.row(), index.column(), value, role);
    m_lastError = r ? Error() : r.error();
    return r.ok();
}

Qt::ItemFlags WorkloadTableModel::flags(const QModelIndex &index) const
{
    if (!isCell(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

void WorkloadTableModel::refresh()
{
    reload();
    if (rows() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows() - 1, columns() - 1), {ProblemRole, SeverityRole, Qt::ToolTipRole});
}

ObjectPath WorkloadTableModel::containerPath() const
{
    return WorkloadForm::podSpecPath() + QStringList{kContainers, indexSegment(m_form->currentContainer())};
}

QJsonObject WorkloadTableModel::currentContainer() const
{
    return m_form->podSpec().value(kContainers).toArray().at(m_form->currentContainer()).toObject();
}

} // namespace fc::editors

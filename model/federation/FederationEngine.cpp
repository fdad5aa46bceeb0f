#include "model/federation/FederationEngine.h"

#include "model/gpu/GpuArithmetic.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace fc {

namespace {
/// One translation context for this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fc::FederationEngine)
};
} // namespace

namespace {

int roleOrder(PartyRole r)
{
    switch (r) {
    case PartyRole::Overseer: return 0;
    case PartyRole::Server: return 1;
    case PartyRole::Director: return 2;
    case PartyRole::Exchange: return 3;
    case PartyRole::Admin: return 4;
    case PartyRole::Client: return 5;
    case PartyRole::Envoy: return 6;
    case PartyRole::Party: return 7;
    case PartyRole::Other: return 8;
    }
    return 9;
}

bool isHub(Framework f, PartyRole r)
{
    switch (f) {
    case Framework::Flare: return r == PartyRole::Server;
    case Framework::OpenFL: return r == PartyRole::Director;
    case Framework::Fate: return r == PartyRole::Exchange;
    case Framework::Custom: return r == PartyRole::Server || r == PartyRole::Director || r == PartyRole::Exchange;
    }
    return false;
}

QString defaultFederationName(Framework f)
{
    switch (f) {
    case Framework::Flare: return QStringLiteral("nvflare");
    case Framework::OpenFL: return QStringLiteral("openfl");
    case Framework::Fate: return QStringLiteral("fate");
    case Framework::Custom: return QStringLiteral("custom");
    }
    return {};
}

void appendUnique(QStringList &list, const QStringList &items)
{
    for (const QString &s : items)
        if (!list.contains(s))
            list.append(s);
}

bool selectorMatches(const Labels &selector, const Labels &labels)
{
    if (selector.isEmpty())
        return false;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        if (labels.value(it.key()) != it.value())
            return false;
    return true;
}

const Labels kNoLabels;

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Deployment: return QStringLiteral("Deployment");
    case Kind::StatefulSet: return QStringLiteral("StatefulSet");
    case Kind::DaemonSet: return QStringLiteral("DaemonSet");
    default: return QStringLiteral("Workload");
    }
}

} // namespace

FederationEngine::FederationEngine() = default;

void FederationEngine::setCertExpiryLookup(CertExpiryLookup lookup)
{
    m_certLookup = std::move(lookup);
}

void FederationEngine::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime FederationEngine::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString FederationEngine::objectKey(const QString &cluster, const ObjectSummary &o)
{
    if (!o.uid.isEmpty())
        return objectKey(cluster, o.uid);
    // manifests without uids (tests, files): identity by kind/namespace/name
    return objectKey(cluster, QString::number(int(o.kind)) + QLatin1Char('/') + o.namespace_ + QLatin1Char('/') + o.name);
}

QHash<QString, FederationEngine::Stored> *FederationEngine::storeFor(Kind kind)
{
    switch (kind) {
    case Kind::Namespace: return &m_namespaces;
    case Kind::Service: return &m_services;
    case Kind::ConfigMap: return &m_configMaps;
    case Kind::Secret: return &m_secrets;
    case Kind::Deployment:
    case Kind::StatefulSet:
    case Kind::DaemonSet: return &m_workloads;
    default: return nullptr;
    }
}

const Labels &FederationEngine::namespaceLabels(const QString &cluster, const QString &ns) const
{
    const auto it = m_namespaceLabels.constFind(cluster + QLatin1Char('|') + ns);
    return it == m_namespaceLabels.cend() ? kNoLabels : *it;
}

FederationEngine::PodContribution FederationEngine::contributionOf(const ObjectSummary &pod,
                                                                   const Classification &cls) const
{
    PodContribution c;
    c.component = cls.component;
    const PodInfo *p = pod.pod();
    if (!p)
        return c;
    c.counted = p->phase != u"Succeeded";
    c.ready = p->phase == u"Running" && p->total > 0 && p->ready == p->total;
    // as the GPU view counts: only a pod bound to a node holds its GPUs; one waiting for the
    // scheduler (e.g. for 16 GPUs no node has) asks for them and is counted apart
    if (gpu::holdsNodeResources(*p))
        c.gpus = gpu::gpuTotal(gpu::effectiveRequests(*p));
    else if (!gpu::isTerminated(*p))
        c.gpusPending = gpu::gpuTotal(gpu::effectiveRequests(*p));
    for (const ContainerSummary &cs : p->containers) {
        if (cs.reason == u"CrashLoopBackOff") {
            c.problems << Tr::tr("pod %1: container %2 in CrashLoopBackOff (%3 restarts)")
                              .arg(pod.name, cs.name)
                              .arg(cs.restarts);
        } else if (cs.state == u"waiting" && !cs.reason.isEmpty() && cs.reason != u"ContainerCreating"
                   && cs.reason != u"PodInitializing") {
            // the kubelet's reason (ImagePullBackOff, CreateContainerConfigError, …) as it says it
            c.problems << Tr::tr("pod %1: container %2 %3").arg(pod.name, cs.name, cs.reason);
        }
        for (const ContainerPort &port : cs.ports) {
            if (port.hostPort > 0) {
                Endpoint e;
                e.type = Endpoint::Type::HostPort;
                e.object = pod.name;
                e.name = port.name;
                e.port = port.hostPort;
                e.targetPort = port.containerPort;
                e.protocol = port.protocol;
                c.hostPorts.append(e);
            }
        }
    }
    // the scheduler's own words for a pod it could not place (GPUs, a missing PVC, taints, …)
    if (const QString pending = gpu::unschedulableMessage(*p); !pending.isEmpty())
        c.problems << Tr::tr("pod %1 pending: %2").arg(pod.name, pending);
    else if (p->phase == u"Failed")
        c.problems << Tr::tr("pod %1 failed").arg(pod.name);
    c.secretVolumes = p->secretVolumes;
    return c;
}

void FederationEngine::PartyTally::add(const QString &podKey, const PodContribution &c, int sign)
{
    if (!c.component.isEmpty()) {
        int &n = components[c.component];
        n += sign;
        if (n <= 0)
            components.remove(c.component);
    }
    gpus += sign * c.gpus;
    gpusPending += sign * c.gpusPending;
    if (!c.problems.isEmpty()) {
        if (sign > 0)
            problems.insert(podKey, c.problems);
        else
            problems.remove(podKey);
    }
    for (const Endpoint &e : c.hostPorts) {
        auto same = std::find_if(hostPorts.begin(), hostPorts.end(), [&](const HostPort &h) {
            return h.endpoint.port == e.port && h.endpoint.protocol == e.protocol;
        });
        if (same == hostPorts.end()) {
            if (sign > 0)
                hostPorts.append({e, 1});
            continue;
        }
        same->pods += sign;
        if (same->pods <= 0)
            hostPorts.erase(same);
    }
    if (!c.counted)
        return;
    total += sign;
    if (c.ready)
        ready += sign;
}

QString FederationEngine::partyNameForPod(const ObjectSummary &pod, const QString &cluster) const
{
    const auto it = m_pods.constFind(objectKey(cluster, pod));
    if (it != m_pods.cend() && !it->partyKey.isEmpty()) {
        const auto idx = m_partyIndex.value(it->partyKey, {-1, -1});
        if (idx.first >= 0)
            return m_federations.at(idx.first).parties.at(idx.second).name;
    }
    const Classification c = classifyObject(pod, namespaceLabels(cluster, pod.namespace_));
    return c.matched ? c.party : pod.namespace_;
}

bool FederationEngine::relevant(const QString &cluster, const ObjectSummary &o) const
{
    switch (o.kind) {
    case Kind::Namespace: return true;
    case Kind::Deployment:
    case Kind::StatefulSet:
    case Kind::DaemonSet:
        return m_partyNamespaces.contains(cluster + QLatin1Char('|') + o.namespace_)
            || classifyObject(o, namespaceLabels(cluster, o.namespace_)).matched;
    case Kind::ConfigMap:
        if (o.name.contains(u"tcp"))
            return true;
        [[fallthrough]];
    case Kind::Service:
    case Kind::Secret: return m_partyNamespaces.contains(cluster + QLatin1Char('|') + o.namespace_);
    default: return false;
    }
}

FederationEngine::Change FederationEngine::upsert(const ObjectSummary &object, const QString &cluster)
{
    if (object.kind == Kind::Pod)
        return upsertPod(object, cluster);
    QHash<QString, Stored> *store = storeFor(object.kind);
    if (!store)
        return {};
    const QString key = objectKey(cluster, object);
    if (object.kind == Kind::Secret)
        m_clustersWithSecrets.insert(cluster);
    bool wasRelevant = false;
    if (const auto old = store->constFind(key); old != store->cend())
        wasRelevant = relevant(cluster, old->object);
    store->insert(key, Stored{cluster, object});
    if (object.kind == Kind::Namespace) {
        const QString nsKey = cluster + QLatin1Char('|') + object.name;
        if (m_namespaceLabels.value(nsKey) == object.labels && m_namespaceLabels.contains(nsKey))
            return {};
        m_namespaceLabels.insert(nsKey, object.labels);
        // namespace labels can regroup everything inside it
        for (PodRecord &r : m_pods) {
            if (r.cluster == cluster && r.object.namespace_ == object.name) {
                r.cls = classifyObject(r.object, object.labels);
                r.contribution = contributionOf(r.object, r.cls);
            }
        }
        return structuralChange();
    }
    if (!wasRelevant && !relevant(cluster, object))
        return {};
    return structuralChange();
}

FederationEngine::Change FederationEngine::remove(Kind kind, const QString &uid, const QString &cluster)
{
    const QString key = objectKey(cluster, uid);
    if (kind == Kind::Pod)
        return removePod(key);
    QHash<QString, Stored> *store = storeFor(kind);
    if (!store)
        return {};
    const auto it = store->constFind(key);
    if (it == store->cend())
        return {};
    const Stored old = *it;
    store->remove(key);
    if (kind == Kind::Namespace) {
        m_namespaceLabels.remove(cluster + QLatin1Char('|') + old.object.name);
        return structuralChange();
    }
    return relevant(cluster, old.object) ? structuralChange() : Change{};
}

FederationEngine::Change FederationEngine::reset(Kind kind, const QList<ObjectSummary> &objects, const QString &cluster)
{
    if (kind == Kind::Pod) {
        for (auto it = m_pods.begin(); it != m_pods.end();) {
            if (it->cluster == cluster)
                it = m_pods.erase(it);
            else
                ++it;
        }
        for (const ObjectSummary &o : objects) {
            PodRecord r;
            r.cluster = cluster;
            r.object = o;
            r.cls = classifyObject(o, namespaceLabels(cluster, o.namespace_));
            r.contribution = contributionOf(o, r.cls);
            m_pods.insert(objectKey(cluster, o), std::move(r));
        }
        return recompute();
    }
    QHash<QString, Stored> *store = storeFor(kind);
    if (!store)
        return {};
    for (auto it = store->begin(); it != store->end();) {
        const bool sameKind = it->object.kind == kind;
        if (it->cluster == cluster && sameKind)
            it = store->erase(it);
        else
            ++it;
    }
    if (kind == Kind::Secret)
        m_clustersWithSecrets.insert(cluster);
    if (kind == Kind::Namespace) {
        for (auto it = m_namespaceLabels.begin(); it != m_namespaceLabels.end();) {
            if (it.key().startsWith(cluster + QLatin1Char('|')))
                it = m_namespaceLabels.erase(it);
            else
                ++it;
        }
    }
    for (const ObjectSummary &o : objects) {
        store->insert(objectKey(cluster, o), Stored{cluster, o});
        if (kind == Kind::Namespace)
            m_namespaceLabels.insert(cluster + QLatin1Char('|') + o.name, o.labels);
    }
    if (kind == Kind::Namespace) {
        for (PodRecord &r : m_pods) {
            if (r.cluster != cluster)
                continue;
            r.cls = classifyObject(r.object, namespaceLabels(cluster, r.object.namespace_));
            r.contribution = contributionOf(r.object, r.cls);
        }
    }
    return recompute();
}

FederationEngine::Change FederationEngine::upsertPod(const ObjectSummary &pod, const QString &cluster)
{
    const QString key = objectKey(cluster, pod);
    PodRecord rec;
    rec.cluster = cluster;
    rec.object = pod;
    rec.cls = classifyObject(pod, namespaceLabels(cluster, pod.namespace_));
    rec.contribution = contributionOf(pod, rec.cls);
    rec.partyKey = rec.cls.matched ? rec.cls.partyKey(cluster, pod.namespace_) : QString();

    const auto oldIt = m_pods.find(key);
    const bool existed = oldIt != m_pods.end();
    const QString oldParty = existed ? oldIt->partyKey : QString();
    const PodContribution oldContribution = existed ? oldIt->contribution : PodContribution{};
    const QString newParty = rec.partyKey;
    bool structural = false;
    if (existed) {
        const Classification &o = oldIt->cls;
        structural = o.federation != rec.cls.federation || o.directorHost != rec.cls.directorHost
            || o.directorPort != rec.cls.directorPort
            || oldIt->contribution.secretVolumes != rec.contribution.secretVolumes;
        *oldIt = rec;
    } else {
        m_pods.insert(key, rec);
    }
    if (oldParty.isEmpty() && newParty.isEmpty())
        return {};
    if (!newParty.isEmpty() && !m_partyStates.contains(newParty))
        structural = true;
    if (!structural && !existed && !newParty.isEmpty() && !rec.contribution.secretVolumes.isEmpty()) {
        // certificates are chosen from the secrets a party's pods mount: a first pod (e.g. after
        // a Deployment-only party) or one mounting other secrets needs the full pass
        const PartyState &st = m_partyStates[newParty];
        structural = std::none_of(st.pods.cbegin(), st.pods.cend(), [&](const QString &k) {
            const auto other = m_pods.constFind(k);
            return other != m_pods.cend() && other->contribution.secretVolumes == rec.contribution.secretVolumes;
        });
    }
    if (structural)
        return structuralChange();

    Change change;
    if (const auto old = m_partyStates.find(oldParty); old != m_partyStates.end() && old->pods.contains(key)) {
        old->tally.add(key, oldContribution, -1);
        if (oldParty != newParty) {
            old->pods.remove(key);
            if (old->pods.isEmpty() && old->workloads.isEmpty())
                return structuralChange(); // the party is gone
            touchParty(oldParty, change);
        }
    } else if (!oldParty.isEmpty() && oldParty != newParty) {
        return structuralChange(); // it was waiting for a full pass of this batch
    }
    if (!newParty.isEmpty()) {
        PartyState &st = m_partyStates[newParty];
        st.pods.insert(key);
        st.tally.add(key, rec.contribution, +1);
        touchParty(newParty, change);
    }
    for (int f : std::as_const(change.federations))
        refreshFederation(f);
    return change;
}

FederationEngine::Change FederationEngine::removePod(const QString &key)
{
    const auto it = m_pods.find(key);
    if (it == m_pods.end())
        return {};
    const QString partyKey = it->partyKey;
    const PodContribution contribution = it->contribution;
    m_pods.erase(it);
    if (partyKey.isEmpty())
        return {};
    const auto state = m_partyStates.find(partyKey);
    if (state == m_partyStates.end())
        return {};
    PartyState &st = *state;
    if (st.pods.remove(key)) // else it arrived in this batch, before the pass that counts it
        st.tally.add(key, contribution, -1);
    if (st.pods.isEmpty() && st.workloads.isEmpty())
        return structuralChange();
    if (m_partyIndex.value(partyKey, {-1, -1}).first < 0)
        return structuralChange();
    Change change;
    touchParty(partyKey, change);
    for (int f : std::as_const(change.federations))
        refreshFederation(f);
    return change;
}

FederationEngine::Change FederationEngine::structuralChange()
{
    if (m_batchDepth > 0) {
        m_batchNeedsPass = true;
        return {};
    }
    return recompute();
}

void FederationEngine::touchParty(const QString &partyKey, Change &change)
{
    if (m_batchDepth > 0) {
        if (!m_batchNeedsPass) // the full pass refreshes every party anyway
            m_batchParties.insert(partyKey);
        return;
    }
    const auto idx = m_partyIndex.value(partyKey, {-1, -1});
    if (idx.first < 0)
        return;
    refreshParty(partyKey);
    if (!change.parties.contains(idx))
        change.parties.append(idx);
    if (!change.federations.contains(idx.first))
        change.federations.append(idx.first);
}

FederationEngine::Change FederationEngine::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return {};
    const QSet<QString> parties = std::exchange(m_batchParties, {});
    if (std::exchange(m_batchNeedsPass, false))
        return recompute();
    Change change;
    for (const QString &key : parties)
        touchParty(key, change);
    for (int f : std::as_const(change.federations))
        refreshFederation(f);
    return change;
}

bool FederationEngine::setClusterProblem(const QString &cluster, const QString &problem)
{
    if (m_clusterProblems.value(cluster) == problem)
        return false;
    if (problem.isEmpty())
        m_clusterProblems.remove(cluster);
    else
        m_clusterProblems.insert(cluster, problem);
    return true;
}

void FederationEngine::refreshParty(const QString &partyKey)
{
    const auto idx = m_partyIndex.value(partyKey, {-1, -1});
    if (idx.first < 0)
        return;
    Party &p = m_federations[idx.first].parties[idx.second];
    const PartyState &st = m_partyStates[partyKey];
    const PartyTally &t = st.tally;
    p.podsReady = t.ready;
    p.podsTotal = t.total;
    p.gpusHeld = t.gpus;
    p.gpusPending = t.gpusPending;
    QStringList components = t.components.keys();
    components.sort();
    p.components = components;
    QStringList problems;
    for (const QStringList &pp : t.problems)
        problems << pp;
    problems.sort();
    QList<Endpoint> hostPorts;
    for (const PartyTally::HostPort &h : t.hostPorts)
        hostPorts.append(h.endpoint);
    std::sort(hostPorts.begin(), hostPorts.end(), [](const Endpoint &a, const Endpoint &b) { return a.port < b.port; });
    p.endpoints = st.endpoints;
    p.endpoints << hostPorts;

    QStringList red = st.structuralRed;
    QStringList amber;
    const QString clusterProblem = m_clusterProblems.value(p.cluster);
    if (p.podsTotal == 0) {
        QStringList wanted;
        for (const WorkloadExpect &w : st.workloads)
            wanted << Tr::tr("%1 %2 wants %3").arg(w.kind, w.name).arg(w.desired);
        red << (wanted.isEmpty() ? Tr::tr("no pods running")
                                 : Tr::tr("no pods running (%1)").arg(wanted.join(QStringLiteral(", "))));
    } else if (p.podsReady == 0) {
        red << Tr::tr("no pod ready (0/%1)").arg(p.podsTotal);
    } else if (p.podsReady < p.podsTotal) {
        amber << Tr::tr("%1 of %2 pods not ready").arg(p.podsTotal - p.podsReady).arg(p.podsTotal);
    }
    const QStringList needed = st.fate ? fateRequiredComponents(components, p.role == PartyRole::Exchange) : st.requiredComponents;
    for (const QString &required : needed) {
        const QStringList alternatives = required.split(QLatin1Char('|'));
        const bool present = std::any_of(alternatives.cbegin(), alternatives.cend(),
                                         [&](const QString &a) { return components.contains(a); });
        if (!present)
            red << Tr::tr("required component %1 missing").arg(alternatives.join(QStringLiteral(" or ")));
    }
    amber << problems;
    if (p.certNotAfter.isValid()) {
        const QDateTime t = now();
        const QString date = p.certNotAfter.toUTC().date().toString(Qt::ISODate);
        if (p.certNotAfter <= t) {
            red << Tr::tr("certificate secret %1 expired on %2").arg(p.certSecret, date);
        } else {
            const qint64 days = (t.secsTo(p.certNotAfter) + 86399) / 86400; // "in 10 days" until the last second
            if (days <= m_certWarningDays)
                amber << Tr::tr("certificate secret %1 expires in %2 days (%3)").arg(p.certSecret).arg(days).arg(date);
        }
    }
    amber << st.structuralAmber;
    p.health = !red.isEmpty() ? Health::Red : !amber.isEmpty() ? Health::Amber : Health::Green;
    p.reasons = red + amber;
    if (!clusterProblem.isEmpty()) {
        // what was judged from the pods as last seen may be stale either way: unknown, the reason
        // first — unless the configuration itself is wrong (a director nobody deployed): red
        p.health = st.structuralRed.isEmpty() ? Health::Unknown : Health::Red;
        p.reasons.prepend(Tr::tr("cluster %1 cannot be read (%2): its pods as last seen").arg(p.cluster, clusterProblem));
    }
}

void FederationEngine::refreshFederation(int row)
{
    Federation &f = m_federations[row];
    QStringList red = m_federationStates.at(row).structuralRed;
    QStringList unknown; // its hub cannot be read: nobody can say how the federation is
    QStringList amber;
    for (const Party &p : std::as_const(f.parties)) {
        if (p.health == Health::Green)
            continue;
        if (isHub(f.framework, p.role) && p.health == Health::Red)
            red << Tr::tr("%1 %2 is red: %3").arg(roleName(p.role), p.name, p.reasons.value(0));
        else if (isHub(f.framework, p.role) && p.health == Health::Unknown)
            unknown << Tr::tr("%1 %2 is unknown: %3").arg(roleName(p.role), p.name, p.reasons.value(0));
        else
            amber << Tr::tr("%1 %2 is %3: %4").arg(roleName(p.role), p.name, healthName(p.health), p.reasons.value(0));
    }
    f.health = !red.isEmpty() ? Health::Red : !unknown.isEmpty() ? Health::Unknown : !amber.isEmpty() ? Health::Amber : Health::Green;
    f.reasons = red + unknown + amber;
}

FederationEngine::Change FederationEngine::recompute()
{
    ++m_fullPasses;
    struct Build {
        Party party;
        PartyState state;
        QString federation; ///< explicit name
        Framework framework = Framework::Custom;
        DirectorAddress director;
        QString directorSource;
        QMap<QString, int> helmReleases; ///< "namespace/release" -> workloads Helm installed from it
        QString joinedBy; ///< why a FLARE client joined the deployment it did (not a label, not its namespace)
    };
    QHash<QString, Build> builds;
    QHash<QString, QStringList> partiesInNamespace; // cluster|ns -> party keys, as they are made

    auto ensure = [&](const QString &key, const QString &cluster, const QString &ns, const Classification &cls) -> Build & {
        auto it = builds.find(key);
        if (it == builds.end()) {
            partiesInNamespace[cluster + QLatin1Char('|') + ns].append(key);
            Build b;
            b.party.key = key;
            b.party.name = cls.party;
            b.party.role = cls.role;
            b.party.cluster = cluster;
            b.party.namespace_ = ns;
            b.framework = cls.framework;
            b.state.byNamespace = cls.byNamespace;
            it = builds.insert(key, b);
        }
        Build &b = *it;
        appendUnique(b.party.evidence, cls.evidence);
        if (b.federation.isEmpty())
            b.federation = cls.federation;
        if (b.party.partyId.isEmpty())
            b.party.partyId = cls.partyId;
        if (b.party.directorHost.isEmpty() && !cls.directorHost.isEmpty()) {
            b.party.directorHost = cls.directorHost;
            b.party.directorPort = cls.directorPort;
            b.directorSource = QStringLiteral("command");
        }
        return b;
    };

    // 1. parties from pods and workloads
    for (auto it = m_pods.begin(); it != m_pods.end(); ++it) {
        PodRecord &r = *it;
        r.partyKey = r.cls.matched ? r.cls.partyKey(r.cluster, r.object.namespace_) : QString();
        if (r.partyKey.isEmpty())
            continue;
        ensure(r.partyKey, r.cluster, r.object.namespace_, r.cls).state.pods.insert(it.key());
    }
    // a workload joins the party of the pods it runs (the parties the pods formed, per namespace)
    for (const Stored &s : std::as_const(m_workloads)) {
        const Classification cls = classifyObject(s.object, namespaceLabels(s.cluster, s.object.namespace_));
        if (!cls.matched)
            continue;
        const WorkloadInfo *w = s.object.workload();
        QString key = cls.partyKey(s.cluster, s.object.namespace_);
        if (!builds.contains(key) && w && !w->selector.isEmpty()) {
            // Its pods may carry other labels than the workload itself: FedLCM's envoy chart labels
            // the Deployment name=<envoy> but its pods only openfl=envoy (and their command names
            // the shard through $ENVOY_NAME). Then it is one party, the pods' — never a second,
            // red one for the same Deployment.
            for (const QString &candidate : partiesInNamespace.value(s.cluster + QLatin1Char('|') + s.object.namespace_)) {
                const PartyState &st = builds[candidate].state;
                if (std::any_of(st.pods.cbegin(), st.pods.cend(),
                                [&](const QString &podKey) {
                                    const auto pod = m_pods.constFind(podKey);
                                    return pod != m_pods.cend() && selectorMatches(w->selector, pod->object.labels);
                                })) {
                    key = candidate;
                    break;
                }
            }
        }
        Build &b = ensure(key, s.cluster, s.object.namespace_, cls);
        b.state.workloads.append({kindName(s.object.kind), s.object.name, w ? w->desired : 0, w ? w->ready : 0,
                                  cls.component});
        // pods carry no Helm annotations (the informer drops pod annotations anyway): workloads do
        if (const QString release = s.object.annotations.value(helmannotations::kReleaseName); !release.isEmpty()) {
            QString ns = s.object.annotations.value(helmannotations::kReleaseNamespace);
            if (ns.isEmpty())
                ns = s.object.namespace_;
            ++b.helmReleases[ns + QLatin1Char('/') + release];
        }
    }
    for (Build &b : builds) {
        // the release most of the party's workloads came from; QMap order breaks ties by name
        int most = 0;
        for (auto it = b.helmReleases.cbegin(); it != b.helmReleases.cend(); ++it) {
            if (it.value() <= most)
                continue;
            most = it.value();
            const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
            b.party.helmReleaseNamespace = it.key().left(slash);
            b.party.helmRelease = it.key().mid(slash + 1);
        }
    }

    // 2. services -> endpoints (and which party owns which service, for ingress routes)
    QHash<QString, QString> serviceOwner; // cluster|ns|svc -> party key
    for (const Stored &s : std::as_const(m_services)) {
        const ServiceInfo *svc = s.object.service();
        if (!svc)
            continue;
        const QStringList candidates = partiesInNamespace.value(s.cluster + QLatin1Char('|') + s.object.namespace_);
        if (candidates.isEmpty())
            continue;
        QString owner;
        for (const QString &key : candidates) {
            const Build &b = builds[key];
            bool matches = false;
            for (const QString &podKey : b.state.pods) {
                if (selectorMatches(svc->selector, m_pods.value(podKey).object.labels)) {
                    matches = true;
                    break;
                }
            }
            if (!matches) {
                for (const Stored &w : std::as_const(m_workloads)) {
                    const WorkloadInfo *wi = w.object.workload();
                    if (wi && w.cluster == s.cluster && w.object.namespace_ == s.object.namespace_
                        && selectorMatches(svc->selector, wi->selector)
                        && std::any_of(b.state.workloads.cbegin(), b.state.workloads.cend(),
                                       [&](const WorkloadExpect &e) { return e.name == w.object.name; })) {
                        matches = true;
                        break;
                    }
                }
            }
            if (matches) {
                owner = key;
                break;
            }
        }
        if (owner.isEmpty()) {
            // a service of a namespace-wide party (FATE, OpenFL, labelled) belongs to it
            for (const QString &key : candidates)
                if (builds[key].state.byNamespace) {
                    owner = key;
                    break;
                }
        }
        if (owner.isEmpty())
            continue;
        Build &b = builds[owner];
        serviceOwner.insert(s.cluster + QLatin1Char('|') + s.object.namespace_ + QLatin1Char('|') + s.object.name, owner);
        for (const ServicePort &sp : svc->ports) {
            Endpoint e;
            e.type = Endpoint::Type::ServicePort;
            e.object = s.object.name;
            e.name = sp.name;
            e.port = sp.port;
            e.targetPort = sp.targetPort;
            e.protocol = sp.protocol;
            b.state.endpoints.append(e);
            if (sp.nodePort > 0) {
                Endpoint n = e;
                n.type = Endpoint::Type::NodePort;
                n.port = sp.nodePort;
                n.targetPort = sp.port;
                b.state.endpoints.append(n);
            }
            if (b.framework == Framework::Flare
                && (sp.port == 8443 || sp.port == 8002 || sp.port == 8003 || sp.port == 8102 || sp.port == 8103))
                appendUnique(b.party.evidence, {Tr::tr("service port %1").arg(sp.port)});
            if (b.framework == Framework::OpenFL && (sp.port == 50051 || sp.port == 50052))
                appendUnique(b.party.evidence, {Tr::tr("service port %1").arg(sp.port)});
            if (b.framework == Framework::Fate && sp.port == 9370)
                appendUnique(b.party.evidence, {Tr::tr("service port 9370 (rollsite)")});
        }
    }

    // 3. config maps: ingress TCP routes, OpenFL director addresses, FATE route tables
    QHash<QString, QList<FateRoute>> routesByParty;
    for (const Stored &s : std::as_const(m_configMaps)) {
        for (const IngressTcpRoute &route : parseIngressTcpConfigMap(s.object)) {
            const QString owner = serviceOwner.value(s.cluster + QLatin1Char('|') + route.namespace_ + QLatin1Char('|') + route.service);
            if (owner.isEmpty())
                continue;
            Endpoint e;
            e.type = Endpoint::Type::IngressTcp;
            e.object = s.object.namespace_ + QLatin1Char('/') + s.object.name;
            e.name = QStringLiteral("%1/%2:%3").arg(route.namespace_, route.service).arg(route.servicePort);
            e.port = route.externalPort;
            e.targetPort = route.servicePort;
            builds[owner].state.endpoints.append(e);
            appendUnique(builds[owner].party.evidence,
                         {Tr::tr("ingress tcp port %1 \u2192 %2").arg(route.externalPort).arg(e.name)});
        }
        const QStringList owners = partiesInNamespace.value(s.cluster + QLatin1Char('|') + s.object.namespace_);
        if (owners.isEmpty())
            continue;
        const ConfigMapInfo *cm = s.object.configMap();
        if (!cm)
            continue;
        for (const QString &key : owners) {
            Build &b = builds[key];
            if (b.party.role == PartyRole::Envoy) {
                const DirectorAddress a = directorAddressFromConfigMap(*cm);
                if (!a.isEmpty() && b.directorSource != u"command") {
                    b.director = a;
                    b.directorSource = QStringLiteral("configmap %1").arg(s.object.name);
                    b.party.directorHost = a.fqdn.isEmpty() ? a.ip : a.fqdn;
                    b.party.directorPort = a.port;
                    appendUnique(b.party.evidence,
                                 {Tr::tr("configmap %1 names director %2").arg(s.object.name, b.party.directorHost)});
                }
                if (s.object.name.contains(u"shard") || cm->data.contains(QStringLiteral("envoy_config.yaml"))
                    || s.object.name == u"envoy-python-configs")
                    appendUnique(b.party.evidence, {Tr::tr("configmap %1").arg(s.object.name)});
            } else if (b.framework == Framework::Fate && cm->data.contains(QStringLiteral("route_table.json"))) {
                routesByParty.insert(key, parseFateRouteTable(*cm));
                appendUnique(b.party.evidence, {Tr::tr("configmap %1 (route table)").arg(s.object.name)});
            }
        }
    }

    // 4. certificates
    QHash<QString, QHash<QString, const Stored *>> secretsByNamespace; // cluster|ns -> name -> secret
    for (const Stored &s : std::as_const(m_secrets))
        secretsByNamespace[s.cluster + QLatin1Char('|') + s.object.namespace_].insert(s.object.name, &s);
    for (auto it = builds.begin(); it != builds.end(); ++it) {
        Build &b = *it;
        const QString nsKey = b.party.cluster + QLatin1Char('|') + b.party.namespace_;
        const auto &secrets = secretsByNamespace[nsKey];
        QStringList mounted;
        for (const QString &podKey : std::as_const(b.state.pods))
            appendUnique(mounted, m_pods.value(podKey).contribution.secretVolumes);
        QString chosen;
        for (const QString &name : std::as_const(mounted)) {
            const Stored *s = secrets.value(name);
            const bool certLike = isKnownCertificateSecretName(name)
                || (s && (isFlareKitSecret(s->object) || (s->object.secret() && s->object.secret()->type == u"kubernetes.io/tls")));
            if (!certLike)
                continue;
            if (!s) {
                if (m_clustersWithSecrets.contains(b.party.cluster))
                    b.state.structuralAmber << Tr::tr("certificate secret %1 not found").arg(name);
                continue;
            }
            if (chosen.isEmpty())
                chosen = name;
        }
        if (chosen.isEmpty() && b.state.byNamespace) {
            QStringList names = secrets.keys();
            names.sort();
            for (const QString &name : std::as_const(names))
                if (isKnownCertificateSecretName(name)) {
                    chosen = name;
                    break;
                }
        }
        if (chosen.isEmpty())
            continue;
        b.party.certSecret = chosen;
        appendUnique(b.party.evidence, {Tr::tr("secret %1").arg(chosen)});
        if (m_certLookup)
            b.party.certNotAfter = m_certLookup(b.party.cluster, b.party.namespace_, chosen);
    }

    // 5. required components
    for (Build &b : builds)
        b.state.fate = b.framework == Framework::Fate;

    // 6. group into federations
    struct FedBuild {
        Federation fed;
        FederationState state;
        QStringList partyKeys;
    };
    QMap<QString, FedBuild> feds; // key -> build, ordered by key
    auto fedFor = [&](Framework fw, const QString &name, const QString &identity = {}) -> FedBuild & {
        const QString key = frameworkId(fw) + QLatin1Char('|') + (identity.isEmpty() ? name : identity);
        auto it = feds.find(key);
        if (it == feds.end()) {
            FedBuild f;
            f.fed.key = key;
            f.fed.name = name;
            f.fed.framework = fw;
            it = feds.insert(key, f);
        }
        return *it;
    };

    // FLARE: a deployment is known by its own identity — the fedconsole.io/federation label, else
    // the Helm release its servers and overseer came from (HelmChartBuilder's chart: one per
    // project), else the namespace they run in — never by the framework's name alone: two
    // projects' servers, both called server1, are two federations. A client or admin console
    // joins the deployment its own facts point at: the same namespace or release, the only
    // deployment in view, or the only one running its FLARE image (FLARE clients and servers must
    // run one version).
    struct FlareDeployment {
        QString name;
        QString shown; ///< Federation::identity
        QString cluster;
        QSet<QString> namespaces;
        QString release; ///< "namespace/release"
        QSet<QString> images;
    };
    QMap<QString, FlareDeployment> flareDeployments; // identity -> deployment
    QHash<QString, QString> flareIdentityOf;         // hub party key -> identity
    auto imagesOf = [&](const Build &b) {
        QSet<QString> images;
        for (const QString &podKey : b.state.pods) {
            const auto rec = m_pods.constFind(podKey);
            if (rec == m_pods.cend() || !rec->object.pod())
                continue;
            for (const ContainerSummary &c : rec->object.pod()->containers)
                if (!c.init && !c.ephemeral)
                    images.insert(c.image);
        }
        return images;
    };
    for (auto it = builds.cbegin(); it != builds.cend(); ++it) {
        const Build &b = *it;
        if (b.framework != Framework::Flare || !b.federation.isEmpty()
            || (b.party.role != PartyRole::Server && b.party.role != PartyRole::Overseer))
            continue;
        const bool byRelease = !b.party.helmRelease.isEmpty();
        const QString release = byRelease ? b.party.helmReleaseNamespace + QLatin1Char('/') + b.party.helmRelease : QString();
        const QString identity = b.party.cluster + (byRelease ? QStringLiteral("|release|") + release : QStringLiteral("|namespace|") + b.party.namespace_);
        FlareDeployment &d = flareDeployments[identity];
        d.name = byRelease ? b.party.helmRelease : b.party.namespace_;
        d.shown = byRelease ? Tr::tr("Helm release %1").arg(release) : Tr::tr("namespace %1").arg(b.party.namespace_);
        d.cluster = b.party.cluster;
        d.namespaces.insert(b.party.namespace_);
        d.release = release;
        d.images.unite(imagesOf(b));
        flareIdentityOf.insert(it.key(), identity);
    }
    auto attachToFlareDeployment = [&](const Build &b, QString *why) -> QString {
        for (auto it = flareDeployments.cbegin(); it != flareDeployments.cend(); ++it) {
            if (it->cluster == b.party.cluster && it->namespaces.contains(b.party.namespace_)) {
                *why = Tr::tr("runs in the namespace of FLARE deployment %1").arg(it->name);
                return it.key();
            }
        }
        if (!b.party.helmRelease.isEmpty()) {
            const QString release = b.party.helmReleaseNamespace + QLatin1Char('/') + b.party.helmRelease;
            for (auto it = flareDeployments.cbegin(); it != flareDeployments.cend(); ++it) {
                if (it->cluster == b.party.cluster && it->release == release) {
                    *why = Tr::tr("installed by Helm release %1, as FLARE deployment %2").arg(release, it->name);
                    return it.key();
                }
            }
        }
        if (flareDeployments.size() == 1) {
            *why = Tr::tr("the only FLARE server in view");
            return flareDeployments.firstKey();
        }
        const QSet<QString> images = imagesOf(b);
        QString match;
        QString image;
        for (auto it = flareDeployments.cbegin(); it != flareDeployments.cend(); ++it) {
            const QSet<QString> common = QSet<QString>(it->images).intersect(images);
            if (common.isEmpty())
                continue;
            if (!match.isEmpty())
                return {}; // two deployments run its image: cannot tell
            match = it.key();
            image = *common.cbegin();
        }
        if (!match.isEmpty())
            *why = Tr::tr("runs image %1 as FLARE deployment %2 does (FLARE clients and servers run one version)")
                       .arg(image, flareDeployments.value(match).name);
        return match;
    };
    // directors first: envoys attach to them
    struct DirectorInfo {
        QString key;
        QString federation;
        QSet<QString> names;
        QSet<int> ports;
    };
    QList<DirectorInfo> directors;
    for (auto it = builds.cbegin(); it != builds.cend(); ++it) {
        const Build &b = *it;
        if (b.framework != Framework::OpenFL || b.party.role != PartyRole::Director)
            continue;
        DirectorInfo d;
        d.key = it.key();
        d.federation = b.federation.isEmpty() ? b.party.name : b.federation;
        d.names << b.party.name << b.party.namespace_;
        for (const Stored &s : std::as_const(m_services)) {
            if (s.cluster != b.party.cluster || s.object.namespace_ != b.party.namespace_ || !s.object.service())
                continue;
            const QString svc = s.object.name;
            const QString ns = s.object.namespace_;
            d.names << svc << svc + QLatin1Char('.') + ns << svc + QLatin1Char('.') + ns + QStringLiteral(".svc")
                    << svc + QLatin1Char('.') + ns + QStringLiteral(".svc.cluster.local");
            const ServiceInfo *si = s.object.service();
            if (!si->clusterIP.isEmpty())
                d.names << si->clusterIP;
            for (const QString &ip : si->externalIPs)
                d.names << ip;
            for (const ServicePort &sp : si->ports) {
                d.ports << sp.port;
                if (sp.nodePort > 0)
                    d.ports << sp.nodePort;
            }
        }
        directors.append(d);
    }
    QHash<QString, QString> partyFederation; // party key -> fed key
    QList<FederationEdge> pendingEdges;
    for (auto it = builds.begin(); it != builds.end(); ++it) {
        Build &b = *it;
        QString fedName = b.federation;
        if (b.framework == Framework::OpenFL && b.party.role == PartyRole::Director && fedName.isEmpty())
            fedName = b.party.name;
        if (b.framework == Framework::OpenFL && b.party.role == PartyRole::Envoy) {
            const QString host = b.party.directorHost;
            const QString ip = b.director.ip;
            const DirectorInfo *target = nullptr;
            for (const DirectorInfo &d : std::as_const(directors)) {
                if ((!host.isEmpty() && d.names.contains(host))
                    || (!ip.isEmpty() && d.names.contains(ip))) {
                    target = &d;
                    break;
                }
            }
            if (!target && host.isEmpty() && ip.isEmpty() && directors.size() == 1) {
                target = &directors.first();
                appendUnique(b.party.evidence, {Tr::tr("the only OpenFL director in view")});
            }
            const int port = b.party.directorPort;
            if (target) {
                if (fedName.isEmpty())
                    fedName = target->federation;
                if (port > 0 && !target->ports.isEmpty() && !target->ports.contains(port))
                    b.state.structuralAmber << Tr::tr("envoy uses director port %1, which the director's services do not expose").arg(port);
                pendingEdges.append({it.key(), target->key, QStringLiteral("grpc %1").arg(port > 0 ? port : 50051), true});
            } else if (!host.isEmpty() || !ip.isEmpty()) {
                const QString address = (host.isEmpty() ? ip : host) + (port > 0 ? QStringLiteral(":%1").arg(port) : QString());
                b.state.structuralRed << Tr::tr("envoy points at director %1, which was not found").arg(address);
                if (fedName.isEmpty())
                    fedName = host.isEmpty() ? ip : host;
                pendingEdges.append({it.key(), QString(), QStringLiteral("grpc %1").arg(address), false});
            } else if (directors.size() > 1) {
                b.state.structuralRed << Tr::tr("cannot tell which director this envoy uses (no director address found)");
            }
        }
        QString identity;
        if (b.framework == Framework::Flare && fedName.isEmpty()) {
            identity = flareIdentityOf.value(it.key());
            QString why;
            if (identity.isEmpty() && b.party.role != PartyRole::Server && b.party.role != PartyRole::Overseer)
                identity = attachToFlareDeployment(b, &why);
            if (!why.isEmpty()) {
                appendUnique(b.party.evidence, {why});
                b.joinedBy = why;
            }
            if (!identity.isEmpty()) {
                fedName = flareDeployments.value(identity).name;
            } else if (flareDeployments.size() > 1) {
                QStringList names;
                for (const FlareDeployment &d : std::as_const(flareDeployments))
                    names << d.name;
                b.state.structuralRed << Tr::tr("cannot tell which of the %1 FLARE deployments in view (%2) this %3 connects to")
                                             .arg(flareDeployments.size())
                                             .arg(names.join(QStringLiteral(", ")), roleName(b.party.role));
            }
        }
        if (fedName.isEmpty())
            fedName = defaultFederationName(b.framework);
        FedBuild &f = fedFor(b.framework, fedName, identity);
        if (!identity.isEmpty())
            f.fed.identity = flareDeployments.value(identity).shown;
        f.partyKeys.append(it.key());
        partyFederation.insert(it.key(), f.fed.key);
    }

    // 7. per federation: hubs, edges
    for (FedBuild &f : feds) {
        QList<const Build *> members;
        for (const QString &k : std::as_const(f.partyKeys))
            members.append(&builds[k]);
        auto withRole = [&](PartyRole r) {
            QStringList keys;
            for (const Build *b : std::as_const(members))
                if (b->party.role == r)
                    keys.append(b->party.key);
            keys.sort();
            return keys;
        };
        if (f.fed.framework == Framework::Flare) {
            const QStringList servers = withRole(PartyRole::Server);
            const QStringList overseers = withRole(PartyRole::Overseer);
            if (servers.isEmpty()) {
                QStringList others;
                for (const Build *b : std::as_const(members))
                    others << b->party.name;
                others.sort();
                f.state.structuralRed << Tr::tr("no FLARE server found (%1 cannot connect)").arg(others.join(QStringLiteral(", ")));
            }
            for (const Build *b : std::as_const(members)) {
                if (b->party.role == PartyRole::Server) {
                    for (const QString &o : overseers)
                        f.fed.edges.append({b->party.key, o, QStringLiteral("overseer 8443"), true});
                } else if (b->party.role == PartyRole::Client || b->party.role == PartyRole::Admin) {
                    if (!overseers.isEmpty())
                        for (const QString &o : overseers)
                            f.fed.edges.append({b->party.key, o, QStringLiteral("overseer 8443"), true});
                    for (const QString &s : servers)
                        f.fed.edges.append({b->party.key, s,
                                            b->party.role == PartyRole::Admin ? QStringLiteral("admin") : QStringLiteral("fl"),
                                            true});
                    if (servers.isEmpty())
                        f.fed.edges.append({b->party.key, QString(), Tr::tr("fl (no server)"), false});
                }
            }
        } else if (f.fed.framework == Framework::OpenFL) {
            if (withRole(PartyRole::Director).isEmpty()) {
                if (f.fed.name == u"openfl")
                    f.state.structuralRed << Tr::tr("no OpenFL director found");
                else
                    f.state.structuralRed << Tr::tr("no OpenFL director '%1' found").arg(f.fed.name);
            }
            for (const FederationEdge &e : std::as_const(pendingEdges))
                if (partyFederation.value(e.from) == f.fed.key)
                    f.fed.edges.append(e);
        } else if (f.fed.framework == Framework::Fate) {
            const QStringList exchanges = withRole(PartyRole::Exchange);
            QHash<QString, QString> byPartyId;
            for (const Build *b : std::as_const(members))
                if (!b->party.partyId.isEmpty())
                    byPartyId.insert(b->party.partyId, b->party.key);
            bool needsExchange = false;
            QString needsBecause;
            for (const Build *b : std::as_const(members)) {
                if (b->party.role == PartyRole::Exchange) {
                    for (const FateRoute &r : routesByParty.value(b->party.key)) {
                        if (r.destination == u"default" || r.destination == b->party.partyId)
                            continue;
                        const QString to = byPartyId.value(r.destination);
                        f.fed.edges.append({b->party.key, to, Tr::tr("route %1 \u2192 %2:%3").arg(r.destination, r.ip).arg(r.port),
                                            !to.isEmpty()});
                    }
                    continue;
                }
                const auto routes = routesByParty.constFind(b->party.key);
                if (routes == routesByParty.cend()) {
                    needsExchange = true;
                    needsBecause = Tr::tr("party %1 has no route table").arg(b->party.name);
                    if (!exchanges.isEmpty())
                        f.fed.edges.append({b->party.key, exchanges.first(), QStringLiteral("exchange"), true});
                    continue;
                }
                for (const FateRoute &r : *routes) {
                    if (r.destination == b->party.partyId)
                        continue;
                    if (r.destination == u"default") {
                        if (r.ip == u"rollsite" || r.ip.isEmpty())
                            continue; // no exchange: default traffic stays local
                        needsExchange = true;
                        needsBecause = Tr::tr("party %1 routes default traffic to %2:%3").arg(b->party.name, r.ip).arg(r.port);
                        f.fed.edges.append({b->party.key, exchanges.value(0),
                                            Tr::tr("route default \u2192 %1:%2").arg(r.ip).arg(r.port), !exchanges.isEmpty()});
                        continue;
                    }
                    const QString to = byPartyId.value(r.destination);
                    f.fed.edges.append({b->party.key, to, Tr::tr("route %1 \u2192 %2:%3").arg(r.destination, r.ip).arg(r.port),
                                        !to.isEmpty()});
                }
            }
            if (exchanges.isEmpty() && needsExchange)
                f.state.structuralRed << Tr::tr("no FATE exchange found (%1)").arg(needsBecause);
        }
        // an edge between clusters says what joined them: the federation label on both sides,
        // or the address one party is configured with, found among the other cluster's objects
        for (FederationEdge &e : f.fed.edges) {
            const auto from = builds.constFind(e.from);
            const auto to = builds.constFind(e.to);
            if (from == builds.cend() || to == builds.cend() || from->party.cluster == to->party.cluster)
                continue;
            e.crossCluster = !from->federation.isEmpty() && from->federation == to->federation
                                 ? Tr::tr("label %1=%2 on both").arg(fedlabels::kFederation, from->federation)
                             : !from->joinedBy.isEmpty() ? from->joinedBy
                                                         : Tr::tr("%1 is configured with its address (%2)").arg(from->party.name, e.label);
        }
    }

    // 8. publish: sorted federations and parties, indexes, health
    QList<Federation> federations;
    QList<FederationState> states;
    QHash<QString, PartyState> partyStates;
    QHash<QString, QPair<int, int>> partyIndex;
    QList<FedBuild> ordered = feds.values();
    std::sort(ordered.begin(), ordered.end(), [](const FedBuild &a, const FedBuild &b) {
        return std::make_pair(a.fed.name, int(a.fed.framework)) < std::make_pair(b.fed.name, int(b.fed.framework));
    });
    for (FedBuild &f : ordered) {
        std::sort(f.partyKeys.begin(), f.partyKeys.end(), [&](const QString &a, const QString &b) {
            const Party &pa = builds[a].party;
            const Party &pb = builds[b].party;
            return std::make_tuple(roleOrder(pa.role), pa.name, pa.cluster, pa.namespace_)
                < std::make_tuple(roleOrder(pb.role), pb.name, pb.cluster, pb.namespace_);
        });
        const int row = int(federations.size());
        std::sort(f.fed.edges.begin(), f.fed.edges.end(), [](const FederationEdge &a, const FederationEdge &b) {
            return std::tie(a.from, a.to, a.label) < std::tie(b.from, b.to, b.label);
        });
        for (const QString &k : std::as_const(f.partyKeys)) {
            Build &b = builds[k];
            // hash iteration order must not leak into what people (and tests) see
            b.party.evidence.sort();
            std::sort(b.state.endpoints.begin(), b.state.endpoints.end(), [](const Endpoint &x, const Endpoint &y) {
                return std::make_tuple(int(x.type), x.object, x.port) < std::make_tuple(int(y.type), y.object, y.port);
            });
            b.state.structuralAmber.sort();
            b.state.structuralRed.sort();
            partyIndex.insert(k, {row, int(f.fed.parties.size())});
            partyStates.insert(k, b.state);
            f.fed.parties.append(b.party);
        }
        federations.append(f.fed);
        states.append(f.state);
    }
    m_federations = std::move(federations);
    m_federationStates = std::move(states);
    for (auto it = partyStates.begin(); it != partyStates.end(); ++it) {
        for (const QString &podKey : std::as_const(it->pods)) {
            if (const auto rec = m_pods.constFind(podKey); rec != m_pods.cend())
                it->tally.add(podKey, rec->contribution, +1);
        }
    }
    m_partyStates = std::move(partyStates);
    m_partyIndex = std::move(partyIndex);
    m_partyNamespaces.clear();
    for (auto it = partiesInNamespace.cbegin(); it != partiesInNamespace.cend(); ++it)
        m_partyNamespaces.insert(it.key());
    for (auto it = m_partyIndex.cbegin(); it != m_partyIndex.cend(); ++it)
        refreshParty(it.key());
    for (int i = 0; i < m_federations.size(); ++i)
        refreshFederation(i);
    Change c;
    c.structural = true;
    return c;
}

QList<Federation> recognizeFederations(const QList<ObjectSummary> &objects, const QString &cluster,
                                       CertExpiryLookup certLookup, Clock clock)
{
    FederationEngine engine;
    engine.setCertExpiryLookup(std::move(certLookup));
    engine.setClock(std::move(clock));
    QHash<Kind, QList<ObjectSummary>> byKind;
    for (const ObjectSummary &o : objects)
        byKind[o.kind].append(o);
    // namespaces first so their labels classify the pods
    for (Kind k : {Kind::Namespace, Kind::Secret, Kind::ConfigMap, Kind::Service, Kind::Deployment, Kind::StatefulSet,
                   Kind::DaemonSet, Kind::Pod})
        if (byKind.contains(k))
            (void)engine.reset(k, byKind.value(k), cluster);
    return engine.federations();
}

} // namespace fc

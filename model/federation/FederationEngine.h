#pragma once

#include "backend/cluster/Resources.h"
#include "model/federation/Federation.h"
#include "model/federation/Recognizers.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace fc {

/// notAfter of the certificate held in a secret (from the certificate inventory); an invalid
/// QDateTime when unknown.
using CertExpiryLookup = std::function<QDateTime(const QString &cluster, const QString &namespace_, const QString &secret)>;
/// Injectable time source so expiry rules are testable.
using Clock = std::function<QDateTime()>;

/// Recognises federations from cluster objects and keeps them current, event by event.
///
/// Feed it the informer stores of several clusters (each event tagged with its cluster). A pod
/// event whose party already exists only refreshes that party and its federation's health
/// (microseconds); anything that can change the shape — a new party, services, config maps,
/// secrets, workloads, namespace labels — triggers a full recognition pass over the cached
/// per-pod classifications. No Qt model here: FederationModel and the CLI sit on top.
class FederationEngine {
public:
    /// What an event changed, for the item model to translate into signals.
    struct Change {
        bool structural = false;          ///< full pass ran: parties/federations may have moved
        QList<QPair<int, int>> parties;   ///< (federation row, party row) refreshed in place
        QList<int> federations;           ///< federation rows whose aggregate changed
        bool isEmpty() const { return !structural && parties.isEmpty() && federations.isEmpty(); }
    };

    FederationEngine();

    void setCertExpiryLookup(CertExpiryLookup lookup);
    void setClock(Clock clock);
    void setCertWarningDays(int days) { m_certWarningDays = days; }
    /// Why a cluster cannot be read now ("unreachable: connection refused"); empty when it can.
    /// Its parties keep their last known pods but turn red with that reason until it answers
    /// again. Returns whether anything changed (then recompute()).
    bool setClusterProblem(const QString &cluster, const QString &problem);

    Change upsert(const ObjectSummary &object, const QString &cluster = {});
    Change remove(Kind kind, const QString &uid, const QString &cluster = {});
    /// Replaces everything of one kind in one cluster (a relist), then recomputes once.
    Change reset(Kind kind, const QList<ObjectSummary> &objects, const QString &cluster = {});
    /// Full recognition pass (also re-reads certificate expiry from the lookup).
    Change recompute();

    /// Events between beginBatch() and endBatch() (a watch batch: up to thousands of events) only
    /// record what they touched and return an empty Change; endBatch() then runs the full pass once
    /// if any event needed it, else refreshes each touched party once. Batches nest.
    void beginBatch() { ++m_batchDepth; }
    Change endBatch();

    const QList<Federation> &federations() const { return m_federations; }
    /// Name of the party a pod belongs to, else its namespace (for GpuModel's bar segments).
    QString partyNameForPod(const ObjectSummary &pod, const QString &cluster = {}) const;
    /// (federation row, party row) of a party key, or (-1, -1).
    QPair<int, int> indexOfParty(const QString &partyKey) const { return m_partyIndex.value(partyKey, {-1, -1}); }
    int fullPasses() const { return m_fullPasses; }

private:
    struct PodContribution {
        bool counted = true;  ///< Succeeded pods are done and not counted
        bool ready = false;
        qint64 gpus = 0;        ///< held: bound to a node, not terminated
        qint64 gpusPending = 0; ///< asked for by a pod not bound to a node
        QString component;
        QStringList problems; ///< amber reasons caused by this pod
        QList<Endpoint> hostPorts;
        QStringList secretVolumes;
    };
    struct PodRecord {
        QString cluster;
        ObjectSummary object;
        Classification cls;
        QString partyKey;
        PodContribution contribution;
    };
    struct Stored {
        QString cluster;
        ObjectSummary object;
    };
    struct WorkloadExpect {
        QString kind;
        QString name;
        int desired = 0;
        int ready = 0;
        QString component;
    };
    /// The sums of a party's pods' contributions, kept by adding and subtracting one pod at a
    /// time, so a pod event costs the same in a party of 3 pods and of 3,000.
    struct PartyTally {
        int total = 0; ///< counted pods (not Succeeded)
        int ready = 0;
        qint64 gpus = 0;
        qint64 gpusPending = 0;
        QHash<QString, int> components;      ///< component -> pods
        QHash<QString, QStringList> problems; ///< pod key -> its problems (pods with some)
        struct HostPort {
            Endpoint endpoint; ///< the first pod's
            int pods = 0;
        };
        QList<HostPort> hostPorts;           ///< one per (port, protocol)
        void add(const QString &podKey, const PodContribution &c, int sign);
    };
    struct PartyState {
        QSet<QString> pods;                 ///< pod record keys
        PartyTally tally;                   ///< of those pods
        QList<WorkloadExpect> workloads;
        QList<Endpoint> endpoints;          ///< services, node ports, ingress routes
        QStringList structuralRed;
        QStringList structuralAmber;
        QStringList requiredComponents;     ///< alternatives joined by '|'
        /// FATE: the required components follow the generation the party's components show
        /// (fateRequiredComponents), judged again as pods come and go.
        bool fate = false;
        bool byNamespace = false;
    };
    struct FederationState {
        QStringList structuralRed;
    };

    static QString objectKey(const QString &cluster, const ObjectSummary &o);
    static QString objectKey(const QString &cluster, const QString &uid) { return cluster + QLatin1Char('|') + uid; }
    QHash<QString, Stored> *storeFor(Kind kind);
    const Labels &namespaceLabels(const QString &cluster, const QString &ns) const;
    PodContribution contributionOf(const ObjectSummary &pod, const Classification &cls) const;
    Change upsertPod(const ObjectSummary &pod, const QString &cluster);
    Change removePod(const QString &key);
    bool relevant(const QString &cluster, const ObjectSummary &o) const;
    /// recompute() now, or once at the end of the batch.
    Change structuralChange();
    /// The party's aggregate changed: refreshed now (returned), or once at the end of the batch.
    void touchParty(const QString &partyKey, Change &change);
    void refreshParty(const QString &partyKey);
    void refreshFederation(int row);
    QDateTime now() const;

    CertExpiryLookup m_certLookup;
    Clock m_clock;
    int m_certWarningDays = 30;
    int m_fullPasses = 0;
    QHash<QString, QString> m_clusterProblems; ///< cluster -> why it cannot be read now
    int m_batchDepth = 0;
    bool m_batchNeedsPass = false;
    QSet<QString> m_batchParties;

    QHash<QString, PodRecord> m_pods;
    QHash<QString, Stored> m_namespaces, m_services, m_configMaps, m_secrets, m_workloads;
    QHash<QString, Labels> m_namespaceLabels; ///< cluster|ns -> labels
    QSet<QString> m_clustersWithSecrets;

    QList<Federation> m_federations;
    QList<FederationState> m_federationStates;
    QHash<QString, PartyState> m_partyStates;        ///< party key -> state
    QHash<QString, QPair<int, int>> m_partyIndex;    ///< party key -> (federation row, party row)
    QSet<QString> m_partyNamespaces;                  ///< cluster|ns holding a party
};

/// One-shot recognition for tools and tests: objects of one cluster in, federations out.
QList<Federation> recognizeFederations(const QList<ObjectSummary> &objects, const QString &cluster = {},
                                       CertExpiryLookup certLookup = {}, Clock clock = {});

} // namespace fc

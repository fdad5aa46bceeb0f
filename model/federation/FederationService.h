#pragma once

#include "model/federation/Federation.h"
#include "model/gpu/GpuModel.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

namespace fc {

class Informer;
class ResourceStore;

/// What the GPU view shows, as values: one row per GPU node and the pods waiting for GPUs.
struct GpuSnapshot {
    QList<GpuModel::NodeRow> rows;
    QList<PendingGpuPod> pending;
};

/// Federation recognition and GPU accounting of every added cluster, on a thread of their own.
///
/// A watch batch of thousands of pods, a full recognition pass over 150,000 pods or the
/// bookkeeping of a growing store would each hold the UI thread for tens of milliseconds. Here the
/// UI thread only copies each batch's events (implicitly shared values) to the service's thread,
/// which runs a FederationEngine and a GpuModel used for its arithmetic, and gets the results
/// back as values — the federations and the GPU rows — at most every 50 ms. FederationModel and
/// GpuModel on the UI thread show them (setFederations / setSnapshot).
class FederationService final : public QObject {
    Q_OBJECT
public:
    explicit FederationService(QObject *parent = nullptr);
    ~FederationService() override;

    /// The kinds federations and GPUs are built from (the stores addInformer starts).
    static const QList<Kind> &inputKinds();
    /// Feeds the service from a cluster's informer: namespaces, nodes, pods, services, config
    /// maps, secrets and workloads (starting those watches). What the stores hold already is sent
    /// as a relist.
    void addInformer(Informer *informer);
    /// Forgets a cluster the user closed: stops following its informer; its parties, nodes and GPU
    /// rows go.
    void removeInformer(Informer *informer);
    /// Feeds the service from one store (what addInformer does for each kind it needs).
    void addStore(ResourceStore *store);
    /// The GPU operator's time-slicing ConfigMap (see GpuModel::setTimeSlicingConfigMap).
    void setTimeSlicingConfigMap(const QString &namespace_, const QString &name, const QString &defaultKey);
    /// Certificate expiry of a party's secret, read by the caller (invalid: no certificate);
    /// the parties are judged again with it.
    void setCertificateExpiry(const QString &cluster, const QString &namespace_, const QString &secret,
                              const QDateTime &notAfter);

Q_SIGNALS:
    void federationsChanged(const QList<fc::Federation> &federations);
    void gpusChanged(const fc::GpuSnapshot &snapshot);

private:
    class Worker;
    struct Event;
    void forward(const QString &cluster, QList<Event> events);

    QThread m_thread;
    Worker *m_worker; ///< lives on m_thread
};

} // namespace fc

Q_DECLARE_METATYPE(fc::GpuSnapshot)

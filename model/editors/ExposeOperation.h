#pragma once

#include "backend/cluster/ObjectClient.h"
#include "backend/core/Result.h"
#include "model/editors/ExposePlan.h"

#include <QObject>

#include <memory>

namespace fc::editors {

/// Exposes a Service's TCP ports through ingress-nginx — or takes them back — as one operation on
/// the cluster, the way the Expose wizard and `fedconsole-cli expose|unexpose` do it: reads the
/// Service and the ingress namespace (controllers, ConfigMaps, Helm release Secrets' metadata),
/// detects the controller (detectIngress), plans (planExpose/planUnexpose), then writes the TCP map
/// and after it the controller, each a PUT with the resourceVersion read as precondition. When the
/// controller's write fails after the map's succeeded, the map is put back to what was read, so a
/// half-done exposure never stays behind; the error says whether putting it back worked.
class ExposeOperation final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QString serviceNamespace;
        QString service;
        QList<int> ports;         ///< empty: all of the Service's TCP ports
        QString ingressNamespace; ///< where the controller runs ("ingress" on microk8s)
        QString container;        ///< the controller container; empty: detected
        bool unexpose = false;
        bool dryRun = false;      ///< both writes with dryRun=All: checked by the server, nothing stored
    };
    struct Outcome {
        IngressDetection ingress;
        ExposePlan plan;
        QJsonObject tcpMapBefore;     ///< as read
        QJsonObject controllerBefore; ///< as read
        QJsonObject tcpMapAfter;      ///< as the server answered (dry run: as it would store it)
        QJsonObject controllerAfter;
        bool nothingToDo() const { return plan.isEmpty(); }
    };

    explicit ExposeOperation(ObjectClient *client, QObject *parent = nullptr);
    ~ExposeOperation() override;

    /// One run at a time; finished() reports it.
    void start(const Request &request);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const fc::Result<fc::editors::ExposeOperation::Outcome> &result);

private:
    struct Run;
    void readIngress(std::shared_ptr<Run> run);
    void plan(std::shared_ptr<Run> run);
    void writeMap(std::shared_ptr<Run> run);
    void writeController(std::shared_ptr<Run> run);
    /// After a 409 on the controller: re-read it and write again when only its status moved.
    void retryController(std::shared_ptr<Run> run, const Error &conflict);
    void putMapBack(std::shared_ptr<Run> run, const Error &controllerError);
    void finish(const Result<Outcome> &result);

    ObjectClient *m_client;
    bool m_running = false;
};

} // namespace fc::editors

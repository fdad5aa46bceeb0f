#pragma once

#include "model/federation/Federation.h"

#include <QWidget>

namespace fc {

/// One federation drawn as party cards: coordinators (overseer, servers, director, exchange) in
/// the top row, participants below, edges for the client→server links read from configs.
/// Each card shows role, cluster/namespace, pods ready, endpoints, certificate expiry and GPUs,
/// framed in its health colour; unresolved edges are dashed red.
class FederationGraph final : public QWidget {
    Q_OBJECT
public:
    explicit FederationGraph(QWidget *parent = nullptr);
    void setFederation(const Federation *federation);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<Federation> m_federation;
};

QColor healthColor(Health health);

} // namespace fc

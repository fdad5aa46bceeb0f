#pragma once

#include "model/federation/Federation.h"
#include "model/federation/PartyRelease.h"

#include <QHash>
#include <QWidget>

namespace fc {

/// One federation drawn as party cards: coordinators (overseer, servers, director, exchange) in
/// the top row, participants below, edges for the client→server links read from configs.
/// Each card shows role, cluster/namespace, pods ready, endpoints, certificate expiry and GPUs,
/// framed in its health colour; unresolved edges are dashed red. A party Helm installed shows
/// "Helm: RELEASE rev N · status" (failed red, stuck orange); clicking that line asks for the
/// release (releaseActivated).
class FederationGraph final : public QWidget {
    Q_OBJECT
public:
    explicit FederationGraph(QWidget *parent = nullptr);
    /// `releases`: party key -> the release that installed it (parties without one absent).
    void setFederation(const Federation *federation, const QHash<QString, PartyRelease> &releases = {});
    QSize sizeHint() const override;
    /// All cards fit: in its scroll area the graph scrolls rather than draw past its edge.
    QSize minimumSizeHint() const override { return sizeHint(); }
    /// Where a party's Helm line is drawn (empty when the party has none or is not shown).
    QRect releaseLineRect(const QString &partyKey) const;
    /// A card's text lines as drawn under its title: each of cardLines() broken at spaces (then at
    /// "/" or ",") to fit the card, so nothing is cut; empty for a party not shown.
    QStringList drawnLines(const QString &partyKey) const;

Q_SIGNALS:
    void releaseActivated(const QString &cluster, const QString &namespace_, const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// Card rectangles by party key, as paintEvent lays them out for the current width.
    QHash<QString, QRectF> layoutCards() const;
    /// One card's text lines under its title: role, cluster/namespace, pods and GPUs, up to three
    /// endpoints (one per line), the certificate.
    QStringList cardLines(const Party &party) const;
    const Party *cardAt(const QPoint &pos) const;
    /// Every card of the federation has this size: wide enough for the longest line (bounded),
    /// tall enough for the most wrapped lines.
    QSize cardSize() const;
    /// `lines` broken to fit `width` pixels of the small font.
    QStringList wrapLines(const QStringList &lines, int width) const;
    QFont titleFont() const;
    QFont smallFont() const;
    /// The party whose Helm line is at `pos`, nullptr when none.
    const Party *releaseLineAt(const QPoint &pos) const;

    std::optional<Federation> m_federation;
    QHash<QString, PartyRelease> m_releases;
};

} // namespace fc

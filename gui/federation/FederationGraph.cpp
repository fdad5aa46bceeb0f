#include "gui/federation/FederationGraph.h"

#include "model/federation/FederationModel.h"
#include "model/gpu/GpuArithmetic.h"

#include "gui/common/Icons.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QPainter>
#include <QPainterPath>

namespace fc {

namespace {
// Cards are as wide as their longest line (never clipped), between these bounds; longer lines
// (a cluster/namespace of 60 characters) are elided in the middle with the whole text in the tooltip.
constexpr int kCardMinW = 230;
constexpr int kCardMaxW = 460;
constexpr int kCardPad = 10;
constexpr int kMaxEndpointLines = 3;
constexpr int kReleaseLineH = 16; ///< the Helm line at the bottom of a card
constexpr int kGapX = 24;
constexpr int kGapY = 70;
constexpr int kMargin = 16;

bool isCoordinator(PartyRole r)
{
    return r == PartyRole::Overseer || r == PartyRole::Server || r == PartyRole::Director || r == PartyRole::Exchange;
}
} // namespace


FederationGraph::FederationGraph(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("federationGraphWidget"));
    setMinimumHeight(2 * 136 + kGapY + 2 * kMargin + 30);
    setMouseTracking(true); // the hand cursor over a card's Helm line
}

void FederationGraph::setFederation(const Federation *federation, const QHash<QString, PartyRelease> &releases)
{
    m_releases = releases;
    if (federation)
        m_federation = *federation;
    else
        m_federation.reset();
    updateGeometry();
    update();
}

QFont FederationGraph::titleFont() const
{
    QFont f = font();
    f.setBold(true);
    return f;
}

QFont FederationGraph::smallFont() const
{
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * 0.9);
    return f;
}

QStringList FederationGraph::cardLines(const Party &party) const
{
    QStringList lines;
    lines << roleLabel(party.role) << QStringLiteral("%1/%2").arg(party.cluster, party.namespace_);
    lines << tr("pods %1/%2 ready · GPUs %3").arg(party.podsReady).arg(party.podsTotal).arg(gpu::devicesText(party.gpusHeld));
    if (party.gpusPending > 0) // asked for by pods the scheduler has not placed: held by no one
        lines << tr("GPUs pending: %1 (not scheduled)").arg(gpu::devicesText(party.gpusPending));
    if (party.endpoints.isEmpty())
        lines << tr("no endpoints");
    for (int i = 0; i < std::min<int>(int(party.endpoints.size()), kMaxEndpointLines); ++i)
        lines << party.endpoints[i].text();
    if (party.endpoints.size() > kMaxEndpointLines)
        lines << tr("+%n more endpoint(s)", nullptr, int(party.endpoints.size()) - kMaxEndpointLines);
    if (party.certNotAfter.isValid())
        lines << tr("cert %1 until %2").arg(party.certSecret, party.certNotAfter.date().toString(Qt::ISODate));
    else if (!party.certSecret.isEmpty())
        lines << tr("cert %1").arg(party.certSecret);
    return lines;
}

QStringList FederationGraph::wrapLines(const QStringList &lines, int width) const
{
    const QFontMetrics fm(smallFont());
    QStringList out;
    for (const QString &line : lines) {
        QString rest = line;
        while (fm.horizontalAdvance(rest) > width) {
            // the last break that fits: a space, else after a "/" or ","; a piece that has none is
            // cut in the middle (a single token wider than the widest card)
            int cut = -1;
            for (int i = int(rest.size()) - 1; i > 0 && cut < 0; --i)
                if (rest[i] == u' ' && fm.horizontalAdvance(rest.left(i)) <= width)
                    cut = i;
            for (int i = int(rest.size()) - 2; i > 0 && cut < 0; --i)
                if ((rest[i] == u'/' || rest[i] == u',') && fm.horizontalAdvance(rest.left(i + 1)) <= width)
                    cut = i + 1;
            if (cut < 0)
                break;
            out << rest.left(cut);
            rest = QStringLiteral("  ") + rest.mid(cut).trimmed(); // continuation lines are indented
        }
        out << (fm.horizontalAdvance(rest) > width ? fm.elidedText(rest, Qt::ElideMiddle, width) : rest);
    }
    return out;
}

QSize FederationGraph::cardSize() const
{
    const QFontMetrics title(titleFont()), small(smallFont());
    int width = kCardMinW;
    if (m_federation) {
        for (const Party &party : m_federation->parties) {
            // the title row holds the name and the health word
            width = std::max(width, title.horizontalAdvance(party.name + QStringLiteral("    ") + healthLabel(party.health)) + 20 + 2 * kCardPad);
            for (const QString &l : cardLines(party))
                width = std::max(width, small.horizontalAdvance(l) + 2 * kCardPad);
        }
    }
    width = std::min(width, kCardMaxW);
    int lineCount = 0;
    if (m_federation)
        for (const Party &party : m_federation->parties)
            lineCount = std::max(lineCount, int(wrapLines(cardLines(party), width - 2 * kCardPad).size()));
    const int height = 6 + title.height() + 4 + lineCount * small.lineSpacing() + 6 + kReleaseLineH + 6;
    return {width, std::max(height, 110)};
}

QStringList FederationGraph::drawnLines(const QString &partyKey) const
{
    if (!m_federation)
        return {};
    for (const Party &party : m_federation->parties)
        if (party.key == partyKey)
            return wrapLines(cardLines(party), cardSize().width() - 2 * kCardPad);
    return {};
}

QSize FederationGraph::sizeHint() const
{
    int top = 0, bottom = 0;
    if (m_federation)
        for (const Party &p : m_federation->parties)
            (isCoordinator(p.role) ? top : bottom)++;
    const int cols = std::max({top, bottom, 1});
    const QSize card = cardSize();
    return {kMargin * 2 + cols * (card.width() + kGapX), kMargin * 2 + 2 * card.height() + kGapY + 30};
}

QHash<QString, QRectF> FederationGraph::layoutCards() const
{
    QHash<QString, QRectF> cards;
    if (!m_federation)
        return cards;
    QList<const Party *> top, bottom;
    for (const Party &party : m_federation->parties)
        (isCoordinator(party.role) ? top : bottom).append(&party);
    const QSize card = cardSize();
    auto place = [&](const QList<const Party *> &row, int y) {
        const int total = int(row.size()) * (card.width() + kGapX) - kGapX;
        int x = std::max(kMargin, (width() - total) / 2);
        for (const Party *party : row) {
            cards.insert(party->key, QRectF(x, y, card.width(), card.height()));
            x += card.width() + kGapX;
        }
    };
    place(top, kMargin + 24);
    place(bottom, kMargin + 24 + card.height() + kGapY);
    return cards;
}

QRect FederationGraph::releaseLineRect(const QString &partyKey) const
{
    if (!m_releases.contains(partyKey))
        return {};
    const QRectF card = layoutCards().value(partyKey);
    if (card.isNull())
        return {};
    return QRectF(card.left() + kCardPad, card.bottom() - 6 - kReleaseLineH, card.width() - 2 * kCardPad, kReleaseLineH).toRect();
}

const Party *FederationGraph::cardAt(const QPoint &pos) const
{
    if (!m_federation)
        return nullptr;
    const QHash<QString, QRectF> cards = layoutCards();
    for (const Party &party : m_federation->parties)
        if (cards.value(party.key).contains(pos))
            return &party;
    return nullptr;
}

const Party *FederationGraph::releaseLineAt(const QPoint &pos) const
{
    if (!m_federation)
        return nullptr;
    for (const Party &party : m_federation->parties)
        if (releaseLineRect(party.key).contains(pos))
            return &party;
    return nullptr;
}

void FederationGraph::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const Party *party = releaseLineAt(event->position().toPoint())) {
            const PartyRelease &r = m_releases[party->key];
            Q_EMIT releaseActivated(party->cluster, r.namespace_, r.name);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void FederationGraph::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(releaseLineAt(event->position().toPoint()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

bool FederationGraph::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Party *party = releaseLineAt(help->pos())) {
            const PartyRelease &r = m_releases[party->key];
            QString text = tr("Release %1 in namespace %2").arg(r.name, r.namespace_);
            if (!r.chart.isEmpty())
                text += tr(", chart %1").arg(r.chart);
            if (r.stuck)
                text += u'\n' + r.stuckMeaning;
            text += u'\n' + tr("Click to open it in the Helm releases page");
            QToolTip::showText(help->globalPos(), text, this);
        } else if (const Party *card = cardAt(help->pos())) {
            // the whole text of a card, for lines elided on a narrow card
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("%1 — %2\n%3").arg(card->name, healthLabel(card->health), cardLines(*card).join(u'\n')), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void FederationGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (!m_federation) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Select a federation to see its parties"));
        return;
    }
    const Federation &f = *m_federation;
    p.setPen(palette().color(QPalette::Text));
    const QFont title = titleFont();
    p.setFont(title);
    p.drawText(QRect(kMargin, 4, width() - 2 * kMargin, 22), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1 — %2 — %3").arg(f.name, frameworkName(f.framework), healthLabel(f.health)));

    const QHash<QString, QRectF> cards = layoutCards();

    // edges under the cards
    for (const FederationEdge &e : f.edges) {
        const QRectF from = cards.value(e.from);
        if (from.isNull())
            continue;
        // a resolved edge in the text colour, toned down: visible on light and dark palettes alike
        QColor edge = palette().color(QPalette::Text);
        edge.setAlpha(110);
        QPen pen(e.resolved ? edge : healthColor(Health::Red), 2);
        if (!e.resolved)
            pen.setStyle(Qt::DashLine);
        p.setPen(pen);
        QPointF a(from.center().x(), from.top());
        QPointF b = e.resolved && cards.contains(e.to) ? QPointF(cards.value(e.to).center().x(), cards.value(e.to).bottom())
                                                       : QPointF(from.center().x(), from.top() - kGapY / 2.0);
        if (!e.resolved || !cards.contains(e.to)) {
            if (e.to.isEmpty() || !cards.contains(e.to)) {
                p.drawLine(a, b);
                p.drawText(QRectF(b.x() - 120, b.y() - 18, 240, 16), Qt::AlignCenter, tr("? %1").arg(e.label));
                continue;
            }
        }
        if (cards.value(e.to).top() > from.top()) // participant pointing down: swap anchors
            b = QPointF(cards.value(e.to).center().x(), cards.value(e.to).top()), a = QPointF(from.center().x(), from.bottom());
        QPainterPath path(a);
        path.cubicTo(QPointF(a.x(), (a.y() + b.y()) / 2), QPointF(b.x(), (a.y() + b.y()) / 2), b);
        p.drawPath(path);
    }

    const QFont small = smallFont();
    for (const Party &party : f.parties) {
        const QRectF r = cards.value(party.key);
        if (r.isNull())
            continue;
        p.setPen(QPen(healthColor(party.health), 3));
        p.setBrush(palette().color(QPalette::Window));
        p.drawRoundedRect(r, 8, 8);
        // title row: the name, and the health as a word too (colour is never the only signal)
        const QRectF inner = r.adjusted(kCardPad, 6, -kCardPad, -6);
        p.setFont(title);
        const QFontMetrics tm(title);
        const QString health = healthLabel(party.health);
        p.setPen(healthColor(party.health));
        p.drawText(inner, Qt::AlignRight | Qt::AlignTop, health);
        // and as a shape: check, triangle, cross
        const int iconSide = std::min(16, tm.height());
        const QRectF iconRect(inner.right() - tm.horizontalAdvance(health) - iconSide - 4, inner.top() + (tm.height() - iconSide) / 2.0,
                              iconSide, iconSide);
        statusIcon(healthStatus(party.health)).paint(&p, iconRect.toRect());
        p.setPen(palette().color(QPalette::Text));
        const int nameWidth = int(inner.width()) - tm.horizontalAdvance(health) - iconSide - 4 - tm.horizontalAdvance(QStringLiteral("  "));
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, tm.elidedText(party.name, Qt::ElideMiddle, nameWidth));
        p.setFont(small);
        const QFontMetrics sm(small);
        qreal y = inner.top() + tm.height() + 4;
        for (const QString &line : wrapLines(cardLines(party), int(inner.width()))) {
            p.drawText(QRectF(inner.left(), y, inner.width(), sm.height()), Qt::AlignLeft | Qt::AlignTop, line);
            y += sm.lineSpacing();
        }
        if (const auto release = m_releases.constFind(party.key); release != m_releases.cend()) {
            // a link-like line: failed/gone in red, stuck in orange, else the palette's link colour
            QColor colour = palette().color(QPalette::Link);
            if (release->stuck)
                colour = healthColor(Health::Amber);
            else if (release->problem())
                colour = healthColor(Health::Red);
            QFont link = small;
            link.setUnderline(true);
            link.setBold(release->problem());
            p.setFont(link);
            p.setPen(colour);
            const QRect line = releaseLineRect(party.key);
            p.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(release->text(), Qt::ElideMiddle, line.width()));
        }
    }
}

} // namespace fc

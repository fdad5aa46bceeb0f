#include "gui/cluster/DetailsPane.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "backend/cluster/ObjectParser.h"
#include "backend/cluster/YamlCodec.h"
#include "model/cluster/Informer.h"
#include "model/cluster/ResourceTableModel.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fc {

DetailsPane::DetailsPane(QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailsTabWidget"));
    m_details = new QTextBrowser(m_tabs);
    m_details->setObjectName(QStringLiteral("detailsTextBrowser"));
    m_details->setAccessibleName(tr("Details of the selected object"));
    m_yaml = new QPlainTextEdit(m_tabs);
    m_yaml->setObjectName(QStringLiteral("yamlTextEdit"));
    m_yaml->setReadOnly(true);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_tabs->addTab(m_details, tr("Details"));
    m_tabs->addTab(m_yaml, tr("YAML"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

DetailsPane::~DetailsPane() = default;

void DetailsPane::setInformer(Informer *informer)
{
    if (m_informer == informer)
        return;
    if (m_informer)
        m_informer->store(Kind::Event)->disconnect(this);
    m_informer = informer;
    m_objects.reset(informer && informer->connection() ? new ObjectClient(informer->connection()) : nullptr);
    m_pending = 0;
    clear();
    if (!informer)
        return;
    ResourceStore *events = informer->store(Kind::Event);
    // Events of the shown object update live.
    connect(events, &ResourceStore::objectUpserted, this, [this](const ObjectSummary &e) {
        if (m_object && e.event() && e.event()->involvedUid == m_object->uid)
            render();
    });
}

void DetailsPane::clear()
{
    m_object.reset();
    m_fullAnnotations.clear();
    m_details->clear();
    m_yaml->clear();
}

QString DetailsPane::detailsText() const { return m_details->toPlainText(); }
QString DetailsPane::yamlText() const { return m_yaml->toPlainText(); }

void DetailsPane::showObject(const ObjectSummary &object, const ResourceType &type)
{
    const bool same = m_object && m_object->uid == object.uid;
    m_object = object;
    m_type = type;
    if (!same) {
        m_fullAnnotations.clear();
        m_yaml->setPlainText(tr("Loading…"));
        fetchFull();
    }
    render();
}

void DetailsPane::fetchFull()
{
    if (!m_objects || !m_object)
        return;
    if (m_pending)
        m_objects->cancel(m_pending);
    struct Full {
        QString yaml;
        Labels annotations;
    };
    const QString uid = m_object->uid;
    // the YAML text is made on the connection's thread: a 1 MB ConfigMap is no work for the UI
    m_pending = m_objects->getAs<Full>(
        m_type, m_object->namespace_, m_object->name, this,
        [](const KubeObject &o) -> Result<Full> {
            Full full;
            full.yaml = yaml::fromObject(o.json);
            const QJsonObject ann = o.json.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
            for (auto it = ann.begin(); it != ann.end(); ++it)
                full.annotations.insert(it.key(), it.value().toString());
            return full;
        },
        [this, uid](const Result<Full> &r) {
            m_pending = 0;
            if (!m_object || m_object->uid != uid)
                return;
            if (!r) {
                m_yaml->setPlainText(tr("Could not load the object: %1").arg(r.error().toString()));
                return;
            }
            m_yaml->setPlainText(r->yaml);
            m_fullAnnotations = r->annotations;
            render();
            Q_EMIT yamlLoaded();
        });
}

namespace {
QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString mapTable(const Labels &map)
{
    if (map.isEmpty())
        return QStringLiteral("<p><i>none</i></p>");
    QStringList keys = map.keys();
    keys.sort();
    QString html = QStringLiteral("<table cellspacing=0 cellpadding=2>");
    for (const QString &k : keys) {
        QString v = map.value(k);
        if (v.size() > 200)
            v = v.left(200) + u'…';
        html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>").arg(esc(k), esc(v));
    }
    return html + QStringLiteral("</table>");
}
} // namespace

void DetailsPane::render()
{
    if (!m_object)
        return;
    const ObjectSummary &o = *m_object;
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(esc(m_type.kind), esc(o.name));
    if (!o.namespace_.isEmpty())
        html += QStringLiteral("<p>Namespace: <b>%1</b></p>").arg(esc(o.namespace_));
    html += QStringLiteral("<p>Created: %1 &nbsp; UID: <code>%2</code></p>")
                .arg(esc(o.created.toString(Qt::ISODate)), esc(o.uid));
    if (!o.ownerKind.isEmpty())
        html += QStringLiteral("<p>Controlled by: %1/%2</p>").arg(esc(o.ownerKind), esc(o.ownerName));
    if (const PodInfo *p = o.pod(); p && o.kind == Kind::Pod) {
        html += QStringLiteral("<p>Status: <b>%1</b> &nbsp; Ready %2/%3 &nbsp; Restarts %4<br>Node: %5 &nbsp; IP: %6</p>")
                    .arg(esc(p->status)).arg(p->ready).arg(p->total).arg(p->restarts).arg(esc(p->node), esc(p->podIP));
        html += QStringLiteral("<h4>Containers</h4><table cellspacing=0 cellpadding=2>");
        for (const auto &c : p->containers)
            html += QStringLiteral("<tr><td>%1%2</td><td>%3</td><td>%4 %5</td><td>restarts %6</td></tr>")
                        .arg(esc(c.name), c.init ? QStringLiteral(" (init)") : QString(), esc(c.image), esc(c.state),
                             esc(c.reason))
                        .arg(c.restarts);
        html += QStringLiteral("</table><h4>Conditions</h4><table cellspacing=0 cellpadding=2>");
        for (const auto &c : p->conditions)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(c.type), esc(c.status), esc(c.reason), esc(c.message));
        html += QStringLiteral("</table>");
    }
    if (const NodeInfo *n = o.node()) {
        html += QStringLiteral("<p>Ready: %1 &nbsp; Kubelet: %2 &nbsp; Internal IP: %3</p>")
                    .arg(n->ready ? tr("yes") : tr("no"), esc(n->kubeletVersion), esc(n->internalIP));
        Labels cap;
        for (auto it = n->capacity.cbegin(); it != n->capacity.cend(); ++it)
            cap.insert(it.key(), QStringLiteral("%1 (allocatable %2)")
                                     .arg(double(it.value()) / 1000.0)
                                     .arg(double(n->allocatable.value(it.key())) / 1000.0));
        html += QStringLiteral("<h4>Capacity</h4>") + mapTable(cap);
    }
    html += QStringLiteral("<h4>Labels</h4>") + mapTable(o.labels);
    html += QStringLiteral("<h4>Annotations</h4>") + mapTable(m_fullAnnotations.isEmpty() ? o.annotations : m_fullAnnotations);
    html += QStringLiteral("<h4>Events</h4>");
    if (m_informer) {
        ResourceStore *events = m_informer->store(Kind::Event);
        QList<const ObjectSummary *> mine;
        for (int r = 0; r < events->size(); ++r)
            if (const EventInfo *e = events->at(r).event(); e && e->involvedUid == o.uid)
                mine.append(&events->at(r));
        std::sort(mine.begin(), mine.end(), [](auto *a, auto *b) { return a->event()->lastTimestamp < b->event()->lastTimestamp; });
        if (mine.isEmpty())
            html += QStringLiteral("<p><i>none</i></p>");
        else {
            html += QStringLiteral("<table cellspacing=0 cellpadding=2>");
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const ObjectSummary *e : std::as_const(mine))
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(ResourceTableModel::formatAge(e->event()->lastTimestamp.secsTo(now)), esc(e->event()->type),
                                 esc(e->event()->reason), esc(e->event()->message));
            html += QStringLiteral("</table>");
        }
    }
    m_details->setHtml(html);
}

} // namespace fc

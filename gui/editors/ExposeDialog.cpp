#include "gui/editors/ExposeDialog.h"

#include "backend/cluster/ClusterConnection.h"
#include "backend/cluster/ObjectClient.h"
#include "gui/editors/YamlHighlighter.h"
#include "model/editors/RolloutStatus.h"
#include "model/editors/TextDiff.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fc {

namespace {

QPlainTextEdit *diffView(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    new YamlHighlighter(edit->document(), YamlHighlighter::Mode::Diff);
    return edit;
}

QString intList(const QList<int> &values)
{
    QStringList out;
    for (int v : values)
        out << QString::number(v);
    return out.join(QStringLiteral(", "));
}

constexpr int kRolloutPollMs = 1000;
constexpr int kRolloutPolls = 600; // ten minutes: a controller pulling a new image on every node

} // namespace

ExposeDialog::ExposeDialog(ClusterConnection *connection, const QString &serviceNamespace, const QString &service, QWidget *parent)
    : QDialog(parent), m_connection(connection), m_client(std::make_unique<ObjectClient>(connection))
{
    setObjectName(QStringLiteral("exposeDialog"));
    setWindowTitle(tr("Expose through ingress — %1").arg(connection->contextName()));
    m_operation = new editors::ExposeOperation(m_client.get(), this);

    auto *layout = new QVBoxLayout(this);
    auto *form = m_form = new QFormLayout;
    m_serviceNamespace = new QLineEdit(serviceNamespace, this);
    m_serviceNamespace->setObjectName(QStringLiteral("serviceNamespaceLineEdit"));
    m_service = new QLineEdit(service, this);
    m_service->setObjectName(QStringLiteral("serviceLineEdit"));
    m_service->setPlaceholderText(tr("the Service whose ports the ingress controller forwards"));
    m_ingressNamespace = new QLineEdit(QStringLiteral("ingress"), this);
    m_ingressNamespace->setObjectName(QStringLiteral("ingressNamespaceLineEdit"));
    m_ingressNamespace->setToolTip(tr("Where the ingress controller runs (\"ingress\" on microk8s)"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("exposeModeComboBox"));
    m_mode->addItem(tr("Expose: add TCP map rows and host ports"));
    m_mode->addItem(tr("Remove exposure: take back what exposing added"));
    m_ports = new QListWidget(this);
    m_ports->setObjectName(QStringLiteral("portsListWidget"));
    m_ports->setMaximumHeight(120);
    m_ports->setAccessibleName(tr("Ports"));
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("partyServiceComboBox"));
    m_party->setToolTip(tr("The overseer and servers of the NVIDIA FLARE federations recognised on this cluster"));
    form->addRow(tr("&Federation party:"), m_party);
    form->setRowVisible(m_party, false);
    // names offered from the live Service list; a name not listed may still be typed
    for (QLineEdit *edit : {m_serviceNamespace, m_service}) {
        auto *completer = new QCompleter(this);
        completer->setModel(new QStringListModel(completer));
        completer->setCaseSensitivity(Qt::CaseSensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    form->addRow(tr("Service &namespace:"), m_serviceNamespace);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(tr("&Ports:"), m_ports);
    form->addRow(tr("&Ingress namespace:"), m_ingressNamespace);
    form->addRow(tr("&Action:"), m_mode);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exposeStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("exposeTabWidget"));
    m_mapDiff = diffView(QStringLiteral("tcpMapDiffTextEdit"), m_tabs);
    m_controllerDiff = diffView(QStringLiteral("controllerDiffTextEdit"), m_tabs);
    m_tabs->addTab(m_mapDiff, tr("TCP map"));
    m_tabs->addTab(m_controllerDiff, tr("Controller"));
    m_mapDiff->setAccessibleName(tr("TCP map diff"));
    m_controllerDiff->setAccessibleName(tr("Controller diff"));
    layout->addWidget(m_tabs, 1);
    m_rollout = new QLabel(this);
    m_rollout->setObjectName(QStringLiteral("rolloutLabel"));
    m_rollout->setWordWrap(true);
    layout->addWidget(m_rollout);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Dry run"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("exposePreviewButton"));
    m_previewButton->setToolTip(tr("Both writes checked by the server with dryRun=All; nothing is stored"));
    m_applyButton = buttons->addButton(tr("&Write both…"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("exposeApplyButton"));
    m_applyButton->setToolTip(tr("Asks first; enabled after a dry run of exactly this choice"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ExposeDialog::preview);
    connect(m_applyButton, &QPushButton::clicked, this, &ExposeDialog::apply);
    layout->addWidget(buttons);

    connect(m_operation, &editors::ExposeOperation::progress, m_status, &QLabel::setText);
    m_portsTimer = new QTimer(this);
    m_portsTimer->setSingleShot(true);
    m_portsTimer->setInterval(300);
    connect(m_portsTimer, &QTimer::timeout, this, &ExposeDialog::loadPorts);
    for (QLineEdit *edit : {m_serviceNamespace, m_service}) {
        connect(edit, &QLineEdit::textChanged, this, &ExposeDialog::invalidatePreview);
        connect(edit, &QLineEdit::textChanged, m_portsTimer, qOverload<>(&QTimer::start));
    }
    connect(m_serviceNamespace, &QLineEdit::textChanged, this, &ExposeDialog::updateServiceCompleter);
    connect(m_party, &QComboBox::activated, this, [this](int index) { choosePartyService(index - 1); });
    connect(m_service, &QLineEdit::textEdited, this, [this] {
        // typed away from the picked party's Service: the pick no longer holds
        m_party->setCurrentIndex(0);
        m_portsToTick.clear();
    });
    connect(m_ingressNamespace, &QLineEdit::textChanged, this, &ExposeDialog::invalidatePreview);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ExposeDialog::invalidatePreview);
    connect(m_ports, &QListWidget::itemChanged, this, &ExposeDialog::invalidatePreview);
    m_rolloutTimer = new QTimer(this);
    m_rolloutTimer->setInterval(kRolloutPollMs);
    connect(m_rolloutTimer, &QTimer::timeout, this, &ExposeDialog::pollRollout);
    resize(860, 640);
    updateButtons();
    loadPorts();
    loadServices();
}

ExposeDialog::~ExposeDialog() = default;

void ExposeDialog::setPartyServices(const QList<PartyService> &services)
{
    m_partyServices = services;
    m_party->clear();
    m_party->addItem(tr("(a Service of your choice)"));
    for (const PartyService &p : services)
        m_party->addItem(tr("%1 — %2 %3: Service %4/%5, ports %6")
                             .arg(p.federation, roleLabel(p.role), p.party, p.namespace_, p.service, intList(p.ports)));
    m_form->setRowVisible(m_party, !services.isEmpty());
}

void ExposeDialog::choosePartyService(int index)
{
    if (index < 0 || index >= m_partyServices.size())
        return;
    const PartyService &p = m_partyServices.at(index);
    m_party->setCurrentIndex(index + 1);
    m_portsToTick = p.ports;
    m_serviceNamespace->setText(p.namespace_);
    m_service->setText(p.service);
    loadPorts();
}

QStringList ExposeDialog::offeredNamespaces() const
{
    return static_cast<QStringListModel *>(m_serviceNamespace->completer()->model())->stringList();
}

QStringList ExposeDialog::offeredServices() const
{
    return static_cast<QStringListModel *>(m_service->completer()->model())->stringList();
}

void ExposeDialog::loadServices()
{
    // all namespaces; a user who may not list them cluster-wide gets the typed namespace's
    const auto fill = [this](const QList<QJsonObject> &services) {
        for (const QJsonObject &o : services) {
            const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
            m_servicesByNamespace[meta.value(QStringLiteral("namespace")).toString()] << meta.value(QStringLiteral("name")).toString();
        }
        for (QStringList &names : m_servicesByNamespace)
            names.sort();
        QStringList namespaces = m_servicesByNamespace.keys();
        namespaces.sort();
        static_cast<QStringListModel *>(m_serviceNamespace->completer()->model())->setStringList(namespaces);
        updateServiceCompleter();
    };
    m_client->list(ResourceType::of(Kind::Service), {}, this, [this, fill](const Result<QList<QJsonObject>> &r) {
        if (r) {
            fill(r.value());
            return;
        }
        const QString ns = m_serviceNamespace->text().trimmed();
        if (ns.isEmpty())
            return;
        ListOptions options;
        options.namespace_ = ns;
        m_client->list(ResourceType::of(Kind::Service), options, this, [fill](const Result<QList<QJsonObject>> &inNs) {
            if (inNs)
                fill(inNs.value());
        });
    });
}

void ExposeDialog::updateServiceCompleter()
{
    static_cast<QStringListModel *>(m_service->completer()->model())
        ->setStringList(m_servicesByNamespace.value(m_serviceNamespace->text().trimmed()));
}

void ExposeDialog::setIngressNamespace(const QString &namespace_) { m_ingressNamespace->setText(namespace_); }

void ExposeDialog::setUnexpose(bool unexpose) { m_mode->setCurrentIndex(unexpose ? 1 : 0); }

QList<int> ExposeDialog::checkedPorts() const
{
    QList<int> out;
    for (int i = 0; i < m_ports->count(); ++i)
        if (m_ports->item(i)->checkState() == Qt::Checked)
            out << m_ports->item(i)->data(Qt::UserRole).toInt();
    return out;
}

void ExposeDialog::setCheckedPorts(const QList<int> &ports)
{
    for (int i = 0; i < m_ports->count(); ++i) {
        QListWidgetItem *item = m_ports->item(i);
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(ports.contains(item->data(Qt::UserRole).toInt()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool ExposeDialog::busy() const { return m_operation->isRunning(); }

bool ExposeDialog::canApply() const { return m_applyButton->isEnabled(); }

QString ExposeDialog::statusText() const { return m_status->text(); }

QString ExposeDialog::tcpMapDiff() const { return m_mapDiff->toPlainText(); }

QString ExposeDialog::controllerDiff() const { return m_controllerDiff->toPlainText(); }

QString ExposeDialog::rolloutText() const { return m_rollout->text(); }

void ExposeDialog::loadPorts()
{
    m_portsTimer->stop();
    m_portsLoaded = false;
    m_ports->clear();
    const QString ns = m_serviceNamespace->text().trimmed();
    const QString name = m_service->text().trimmed();
    if (ns.isEmpty() || name.isEmpty()) {
        m_portsLoaded = true;
        updateButtons();
        return;
    }
    m_client->get(ResourceType::of(Kind::Service), ns, name, this, [this, ns, name](const Result<KubeObject> &r) {
        if (ns != m_serviceNamespace->text().trimmed() || name != m_service->text().trimmed())
            return; // typed on since: the newer request answers
        m_portsLoaded = true;
        if (!r) {
            m_status->setText(tr("Cannot read Service %1/%2: %3").arg(ns, name, r.error().message));
            updateButtons();
            return;
        }
        const QSignalBlocker quiet(m_ports);
        for (const QJsonValue &p : r->json.value(QStringLiteral("spec")).toObject().value(QStringLiteral("ports")).toArray()) {
            const QJsonObject port = p.toObject();
            const int number = port.value(QStringLiteral("port")).toInt();
            const QString protocol = port.value(QStringLiteral("protocol")).toString(QStringLiteral("TCP"));
            const QString portName = port.value(QStringLiteral("name")).toString();
            auto *item = new QListWidgetItem(portName.isEmpty() ? tr("%1/%2").arg(number).arg(protocol)
                                                                : tr("%1/%2 (%3)").arg(number).arg(protocol, portName),
                                             m_ports);
            item->setData(Qt::UserRole, number);
            if (protocol != u"TCP") {
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(tr("Only TCP ports go through the TCP map"));
            } else {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
        }
        if (!m_portsToTick.isEmpty()) {
            setCheckedPorts(m_portsToTick);
            m_portsToTick.clear();
        }
        if (m_ports->count() == 0)
            m_status->setText(tr("Service %1/%2 has no ports to expose.").arg(ns, name));
        else
            m_status->setText(tr("Tick the ports, then run a dry run to see both changes."));
        updateButtons();
    });
}

editors::ExposeOperation::Request ExposeDialog::request(bool dryRun) const
{
    editors::ExposeOperation::Request r;
    r.serviceNamespace = m_serviceNamespace->text().trimmed();
    r.service = m_service->text().trimmed();
    r.ports = checkedPorts();
    r.ingressNamespace = m_ingressNamespace->text().trimmed();
    r.unexpose = m_mode->currentIndex() == 1;
    r.dryRun = dryRun;
    return r;
}

void ExposeDialog::preview() { run(true); }

void ExposeDialog::apply()
{
    if (!canApply())
        return;
    const editors::ExposeOperation::Request r = request(false);
    const QString what = r.unexpose ? tr("Remove the exposure of %1/%2 (ports %3)?").arg(r.serviceNamespace, r.service, intList(r.ports))
                                    : tr("Expose %1/%2 (ports %3) through the ingress controller?").arg(r.serviceNamespace, r.service, intList(r.ports));
    const QString detail = tr("This writes ConfigMap %1 and then %2 %3/%4, whose pods restart to take the new ports. If the second "
                              "write fails, the ConfigMap is put back.")
                               .arg(m_ingress.tcpMap, m_ingress.controllerKind, m_ingress.namespace_, m_ingress.controllerName);
    bool yes = m_confirmForTest == 1;
    if (m_confirmForTest < 0)
        yes = QMessageBox::question(this, windowTitle(), what + QStringLiteral("\n\n") + detail, QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel)
              == QMessageBox::Yes;
    if (yes)
        run(false);
}

void ExposeDialog::run(bool dryRun)
{
    if (m_operation->isRunning())
        return;
    const editors::ExposeOperation::Request r = request(dryRun);
    if (r.service.isEmpty() || r.serviceNamespace.isEmpty() || r.ingressNamespace.isEmpty()) {
        m_status->setText(tr("Name the Service, its namespace and the ingress namespace."));
        return;
    }
    m_rolloutTimer->stop();
    m_rollout->clear();
    m_rolloutDone = false;
    m_status->setStyleSheet(QString());
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_operation, &editors::ExposeOperation::finished, this,
                          [this, connection, dryRun](const Result<editors::ExposeOperation::Outcome> &result) {
                              disconnect(*connection);
                              showOutcome(result, dryRun);
                          });
    m_operation->start(r);
    updateButtons();
}

void ExposeDialog::showOutcome(const Result<editors::ExposeOperation::Outcome> &result, bool dryRun)
{
    if (!result) {
        const Error &e = result.error();
        QStringList lines;
        // the verbatim answer under a one-line summary of what it means for the cluster
        if (dryRun)
            lines << tr("The dry run was refused, so nothing was written:");
        lines << e.message;
        for (const auto &cause : e.causes)
            lines << (cause.field.isEmpty() ? QStringLiteral("• ") : QStringLiteral("• %1: ").arg(cause.field)) + cause.message;
        m_status->setText(lines.join(u'\n'));
        m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_previewOk = false;
        updateButtons();
        Q_EMIT dryRun ? previewFinished(false) : applyFinished(false);
        return;
    }
    const editors::ExposeOperation::Outcome &o = result.value();
    m_ingress = o.ingress;
    // the plan, not the server's answer: that also moves resourceVersion, generation and annotations
    // the server keeps, noise next to the rows and ports that were written
    const QJsonObject &mapAfter = o.plan.tcpMap;
    const QJsonObject &controllerAfter = o.plan.controller;
    const QString mapDiff = o.plan.changesTcpMap ? editors::unifiedYamlDiff(o.tcpMapBefore, mapAfter) : QString();
    const QString controllerDiff = o.plan.changesController ? editors::unifiedYamlDiff(o.controllerBefore, controllerAfter) : QString();
    m_mapDiff->setPlainText(QStringLiteral("# ConfigMap %1\n").arg(o.ingress.tcpMap) + (mapDiff.isEmpty() ? tr("# no change\n") : mapDiff));
    m_controllerDiff->setPlainText(QStringLiteral("# %1 %2/%3, container %4\n")
                                       .arg(o.ingress.controllerKind, o.ingress.namespace_, o.ingress.controllerName, o.ingress.container)
                                   + (controllerDiff.isEmpty() ? tr("# no change\n") : controllerDiff));
    QStringList lines;
    lines << o.ingress.message;
    if (o.nothingToDo())
        lines << tr("Nothing to write: everything asked for is already so.");
    else if (dryRun)
        lines << tr("Dry run passed: map rows %1, host ports %2. The server accepted both writes; nothing is stored yet.")
                     .arg(intList(o.plan.rows), intList(o.plan.hostPorts));
    else
        lines << tr("Written: map rows %1, host ports %2.").arg(intList(o.plan.rows), intList(o.plan.hostPorts));
    for (const QString &s : o.plan.skipped)
        lines << QStringLiteral("• ") + s;
    m_status->setText(lines.join(u'\n'));
    m_previewOk = dryRun && !o.nothingToDo();
    updateButtons();
    if (dryRun) {
        Q_EMIT previewFinished(true);
        return;
    }
    if (o.plan.changesController)
        followRollout();
    else
        m_rolloutDone = true;
    Q_EMIT applyFinished(true);
}

void ExposeDialog::invalidatePreview()
{
    m_previewOk = false;
    updateButtons();
}

void ExposeDialog::followRollout()
{
    m_pollsLeft = kRolloutPolls;
    m_rollout->setText(tr("Following the rollout of %1 %2/%3…").arg(m_ingress.controllerKind, m_ingress.namespace_, m_ingress.controllerName));
    m_rolloutTimer->start();
    pollRollout();
}

void ExposeDialog::pollRollout()
{
    if (m_pollInFlight)
        return;
    if (m_pollsLeft-- <= 0) {
        m_rolloutTimer->stop();
        m_rollout->setText(m_rollout->text() + tr(" — stopped following after %1 minutes").arg(kRolloutPolls * kRolloutPollMs / 60000));
        m_rolloutDone = true;
        return;
    }
    const Kind kind = m_ingress.controllerKind == u"Deployment" ? Kind::Deployment : Kind::DaemonSet;
    m_pollInFlight = true;
    m_client->get(ResourceType::of(kind), m_ingress.namespace_, m_ingress.controllerName, this, [this](const Result<KubeObject> &r) {
        m_pollInFlight = false;
        if (!r) {
            m_rollout->setText(tr("Cannot read %1 %2/%3: %4").arg(m_ingress.controllerKind, m_ingress.namespace_, m_ingress.controllerName,
                                                                 r.error().message));
            return; // tried again on the next tick
        }
        const editors::RolloutStatus s = editors::rolloutStatus(r->json);
        m_rollout->setText(tr("Rollout of %1 %2: %3").arg(m_ingress.controllerKind, m_ingress.controllerName, s.summary));
        if (s.finished()) {
            m_rolloutTimer->stop();
            m_rolloutDone = true;
        }
    });
}

void ExposeDialog::updateButtons()
{
    const bool running = m_operation->isRunning();
    m_previewButton->setEnabled(!running && m_portsLoaded && !m_service->text().trimmed().isEmpty());
    m_applyButton->setEnabled(!running && m_previewOk);
    m_applyButton->setText(m_mode->currentIndex() == 1 ? tr("&Remove exposure…") : tr("&Expose…"));
}

} // namespace fc

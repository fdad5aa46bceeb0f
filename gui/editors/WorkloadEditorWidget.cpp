#include "gui/editors/WorkloadEditorWidget.h"

#include "backend/cluster/ObjectClient.h"
#include "gui/editors/FormTablePage.h"
#include "model/editors/ContainerPortsModel.h"
#include "model/editors/ContainersModel.h"
#include "model/editors/EnvModel.h"
#include "model/editors/NodeSelectorModel.h"
#include "model/editors/ResourcesModel.h"
#include "model/editors/TolerationsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

using editors::FieldMessage;
using editors::WorkloadForm;

WorkloadEditorWidget::WorkloadEditorWidget(editors::EditableDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_form(new WorkloadForm(document, this))
{
    setObjectName(QStringLiteral("workloadEditorWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *containerLabel = new QLabel(tr("&Container:"), this);
    m_container = new QComboBox(this);
    m_container->setObjectName(QStringLiteral("containerComboBox"));
    m_container->setMinimumContentsLength(24);
    containerLabel->setBuddy(m_container);
    header->addWidget(containerLabel);
    header->addWidget(m_container);
    header->addSpacing(24);
    m_replicasLabel = new QLabel(tr("&Replicas:"), this);
    m_replicas = new QSpinBox(this);
    m_replicas->setObjectName(QStringLiteral("replicasSpinBox"));
    m_replicas->setRange(0, 10000);
    m_replicasLabel->setBuddy(m_replicas);
    header->addWidget(m_replicasLabel);
    header->addWidget(m_replicas);
    header->addStretch(1);
    layout->addLayout(header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("workloadTabWidget"));
    m_tabs->setDocumentMode(true);
    addPage(m_form->ports(), Table::Ports, QStringLiteral("ports"), tr("&Ports"));
    addPage(m_form->env(), Table::Env, QStringLiteral("env"), tr("&Environment"));
    FormTablePage *resources = addPage(m_form->resources(), Table::Resources, QStringLiteral("resources"), tr("Re&sources"));
    addPage(m_form->nodeSelector(), Table::NodeSelector, QStringLiteral("nodeSelector"), tr("&Node selector"));
    addPage(m_form->tolerations(), Table::Tolerations, QStringLiteral("tolerations"), tr("&Tolerations"));
    addPage(m_form->containers(), Table::Containers, QStringLiteral("containers"), tr("C&ontainers"));
    layout->addWidget(m_tabs, 1);

    // which resource the Add button of the resources page adds
    m_resource = new QComboBox(resources);
    m_resource->setObjectName(QStringLiteral("resourceComboBox"));
    m_resource->setEditable(true);
    m_resource->addItems(editors::ResourcesModel::suggestedResources());
    resources->buttons()->insertWidget(0, m_resource);

    connect(m_container, &QComboBox::activated, m_form, &WorkloadForm::setCurrentContainer);
    connect(m_form, &WorkloadForm::currentContainerChanged, this, &WorkloadEditorWidget::syncHeader);
    connect(m_form, &WorkloadForm::changed, this, &WorkloadEditorWidget::syncHeader);
    connect(m_replicas, &QSpinBox::editingFinished, this, [this] {
        if (m_form->replicas().value_or(1) == m_replicas->value())
            return;
        if (const Result<void> r = m_form->setReplicas(m_replicas->value()); !r)
            page(Table::Ports)->showMessage(r.error().message);
    });
    syncHeader();
    loadReferences();
}

WorkloadEditorWidget::~WorkloadEditorWidget() = default;

void WorkloadEditorWidget::loadReferences()
{
    // the env drop-downs offer the Secrets and ConfigMaps of the workload's namespace and their
    // keys, and the form warns about a reference to one that does not exist; only key names are
    // kept, never a Secret's values
    if (!m_document || !m_document->client())
        return;
    const QString ns = m_document->edited().value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
    if (ns.isEmpty())
        return;
    FormTablePage *env = page(Table::Env);
    m_referencesNote = new QLabel(env);
    m_referencesNote->setObjectName(QStringLiteral("envReferencesNote"));
    m_referencesNote->setWordWrap(true);
    m_referencesNote->hide();
    static_cast<QVBoxLayout *>(env->layout())->insertWidget(0, m_referencesNote);
    for (Kind kind : {Kind::Secret, Kind::ConfigMap}) {
        ListOptions options;
        options.namespace_ = ns;
        m_document->client()->list(ResourceType::of(kind), options, this, [this, kind, ns](const Result<QList<QJsonObject>> &r) {
            if (!r) {
                m_referenceProblems << tr("%1 in %2 could not be listed, so names are typed and not checked: %3")
                                           .arg(kind == Kind::Secret ? tr("Secrets") : tr("ConfigMaps"), ns, r.error().message);
                m_referencesNote->setText(m_referenceProblems.join(u'\n'));
                m_referencesNote->show();
                return;
            }
            QHash<QString, QStringList> keys;
            for (const QJsonObject &o : r.value()) {
                QStringList names;
                for (const char *field : {"data", "binaryData", "stringData"})
                    names += o.value(QLatin1String(field)).toObject().keys();
                names.removeDuplicates();
                keys.insert(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), names);
            }
            if (kind == Kind::Secret)
                m_form->setKnownSecrets(keys);
            else
                m_form->setKnownConfigMaps(keys);
        });
    }
}

FormTablePage *WorkloadEditorWidget::addPage(editors::WorkloadTableModel *model, Table table, const QString &prefix, const QString &title)
{
    auto *page = new FormTablePage(model, [model] { return model->lastError().message; }, prefix, m_tabs);
    auto *add = new QPushButton(tr("&Add"), page);
    add->setObjectName(prefix + QStringLiteral("AddButton"));
    auto *remove = new QPushButton(tr("Re&move"), page);
    remove->setObjectName(prefix + QStringLiteral("RemoveButton"));
    connect(add, &QPushButton::clicked, this, [this, table] { addRow(table); });
    connect(remove, &QPushButton::clicked, this, [this, table] { removeCurrentRow(table); });
    page->buttons()->insertWidget(0, add);
    page->buttons()->insertWidget(1, remove);
    static_cast<QTableView *>(page->view())->horizontalHeader()->setMinimumSectionSize(90);
    m_tabs->addTab(page, title);
    page->view()->setAccessibleName(QString(title).remove(u'&'));
    m_pages.append({table, page});
    return page;
}

FormTablePage *WorkloadEditorWidget::page(Table table) const
{
    for (const auto &entry : m_pages)
        if (entry.first == table)
            return entry.second;
    return nullptr;
}

void WorkloadEditorWidget::showTable(Table table)
{
    if (FormTablePage *p = page(table))
        m_tabs->setCurrentWidget(p);
}

void WorkloadEditorWidget::syncHeader()
{
    const QSignalBlocker block(m_container);
    const QStringList names = m_form->containerNames();
    QStringList shown;
    for (int i = 0; i < m_container->count(); ++i)
        shown << m_container->itemText(i);
    if (shown != names) {
        m_container->clear();
        m_container->addItems(names);
    }
    m_container->setCurrentIndex(m_form->currentContainer());
    m_replicasLabel->setVisible(m_form->hasReplicas());
    m_replicas->setVisible(m_form->hasReplicas());
    if (m_form->hasReplicas() && !m_replicas->hasFocus()) {
        const QSignalBlocker blockSpin(m_replicas);
        m_replicas->setValue(m_form->replicas().value_or(1));
    }
}

QString WorkloadEditorWidget::blockingProblem() const
{
    // the form's own rules only: a server cause stays shown, but the user may retry
    if (!m_document)
        return {};
    for (const FieldMessage &m : editors::validateWorkload(m_document->edited()))
        if (m.severity == FieldMessage::Severity::Error)
            return QStringLiteral("%1: %2").arg(editors::pathText(m.path), m.message);
    return {};
}

void WorkloadEditorWidget::showServerCauses(const QList<StatusCause> &causes)
{
    m_form->setServerCauses(causes);
    for (const StatusCause &cause : causes) {
        const std::optional<WorkloadForm::Cell> cell = m_form->locate(cause.field);
        if (!cell)
            continue;
        if (cell->container >= 0 && cell->container != m_form->currentContainer())
            m_form->setCurrentContainer(cell->container);
        FormTablePage *p = page(cell->table);
        if (!p)
            continue;
        m_tabs->setCurrentWidget(p);
        QAbstractItemModel *model = p->view()->model();
        const QModelIndex index = model->index(std::max(cell->row, 0), std::max(cell->column, 0));
        if (index.isValid())
            p->view()->setCurrentIndex(index);
        p->showMessage(tr("The server refused this value: %1").arg(cause.message));
        return;
    }
}

void WorkloadEditorWidget::addRow(Table table)
{
    if (const Result<void> r = addRowNow(table); !r) {
        if (FormTablePage *p = page(table))
            p->showMessage(r.error().message);
        return;
    }
    // the new row is the last one: put the cursor on it for typing
    if (FormTablePage *p = page(table)) {
        QAbstractItemModel *model = p->view()->model();
        if (model->rowCount() > 0)
            p->view()->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    }
}

Result<void> WorkloadEditorWidget::addRowNow(Table table)
{
    switch (table) {
    case Table::Ports: {
        // a free port to start from; the user edits it in the table
        QSet<int> used;
        auto *model = m_form->ports();
        for (int row = 0; row < model->rowCount(); ++row)
            used.insert(model->index(row, editors::ContainerPortsModel::ContainerPortColumn).data(editors::RawValueRole).toInt());
        int port = 8080;
        while (used.contains(port))
            ++port;
        return model->addPort(port);
    }
    case Table::Env: {
        auto *model = m_form->env();
        QString name;
        for (int n = model->rowCount() + 1; name.isEmpty(); ++n) {
            name = QStringLiteral("NEW_VARIABLE_%1").arg(n);
            for (int row = 0; row < model->rowCount(); ++row)
                if (model->index(row, editors::EnvModel::NameColumn).data().toString() == name)
                    name.clear();
        }
        return model->addValue(name, QString());
    }
    case Table::Resources: {
        const QString resource = m_resource->currentText().trimmed();
        const QString quantity = resource == u"memory" || resource == u"ephemeral-storage" ? QStringLiteral("128Mi")
                                 : resource == u"cpu"                                     ? QStringLiteral("100m")
                                                                                          : QStringLiteral("1");
        // extended resources (GPUs, MIG slices) need request = limit
        if (resource.contains(u'/'))
            return m_form->resources()->setRequestAndLimit(resource, quantity, quantity);
        return m_form->resources()->setRequest(resource, quantity);
    }
    case Table::NodeSelector: {
        auto *model = m_form->nodeSelector();
        QString key;
        for (int n = 1; key.isEmpty() || model->rowOf(key) >= 0; ++n)
            key = QStringLiteral("label-%1").arg(n);
        return model->setLabel(key, QStringLiteral("value"));
    }
    case Table::Tolerations:
        return m_form->tolerations()->addToleration(QStringLiteral("example.com/taint"), QStringLiteral("Exists"), {},
                                                    QStringLiteral("NoSchedule"));
    case Table::Containers:
        return m_form->containers()->addContainer(QStringLiteral("container-%1").arg(m_form->containerCount() + 1),
                                                  QStringLiteral("busybox:1.36"));
    case Table::Workload: break;
    }
    return {};
}

void WorkloadEditorWidget::removeCurrentRow(Table table)
{
    FormTablePage *p = page(table);
    if (!p || !p->view()->currentIndex().isValid())
        return;
    const int row = p->view()->currentIndex().row();
    Result<void> r;
    switch (table) {
    case Table::Ports: r = m_form->ports()->removePort(row); break;
    case Table::Env: r = m_form->env()->removeVariable(row); break;
    case Table::Resources: r = m_form->resources()->removeResource(m_form->resources()->resourceAt(row)); break;
    case Table::NodeSelector:
        r = m_form->nodeSelector()->removeLabel(p->view()->model()->index(row, editors::NodeSelectorModel::KeyColumn).data().toString());
        break;
    case Table::Tolerations: r = m_form->tolerations()->removeToleration(row); break;
    case Table::Containers: r = m_form->containers()->removeContainer(row); break;
    case Table::Workload: break;
    }
    if (!r)
        p->showMessage(r.error().message);
}

} // namespace fc

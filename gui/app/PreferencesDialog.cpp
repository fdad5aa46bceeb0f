#include "gui/app/PreferencesDialog.h"

#include "backend/core/BuildInfo.h"
#include "gui/app/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace fc {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // kubeconfig files: a list with Add/Remove; empty means the usual default
    m_kubeconfigs = new QListWidget(this);
    m_kubeconfigs->setObjectName(QStringLiteral("kubeconfigList"));
    m_kubeconfigs->setAccessibleName(tr("Kubeconfig files"));
    m_kubeconfigs->setMaximumHeight(fontMetrics().height() * 6);
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addKubeconfigButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeKubeconfigButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add kubeconfig files"));
        for (const QString &f : files)
            if (m_kubeconfigs->findItems(f, Qt::MatchExactly).isEmpty())
                m_kubeconfigs->addItem(f);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_kubeconfigs->currentItem(); });
    auto *kubeButtons = new QVBoxLayout;
    kubeButtons->addWidget(add);
    kubeButtons->addWidget(remove);
    kubeButtons->addStretch();
    auto *kubeRow = new QHBoxLayout;
    kubeRow->addWidget(m_kubeconfigs, 1);
    kubeRow->addLayout(kubeButtons);
    auto *kubeHint = new QLabel(tr("Empty: $KUBECONFIG, else ~/.kube/config. Used from the next start."), this);
    kubeHint->setWordWrap(true);
    kubeHint->setForegroundRole(QPalette::PlaceholderText);
    auto *kubeBox = new QVBoxLayout;
    kubeBox->addLayout(kubeRow);
    kubeBox->addWidget(kubeHint);
    auto *kubeLabel = new QLabel(tr("&Kubeconfig files:"), this);
    kubeLabel->setBuddy(m_kubeconfigs);
    form->addRow(kubeLabel, kubeBox);

    m_helm = programField(QStringLiteral("helm"), &m_helmVersion);
    m_kubectl = programField(QStringLiteral("kubectl"), &m_kubectlVersion);

    m_namespaces = new QLineEdit(this);
    m_namespaces->setObjectName(QStringLiteral("namespacesEdit"));
    m_namespaces->setPlaceholderText(tr("e.g. team-a, fate-10000"));
    m_namespaces->setToolTip(tr("Where to look when your role may not list namespaces, or a kind in every namespace "
                                "(the kubeconfig's namespace is always tried). Separate names with commas or spaces."));
    form->addRow(tr("&Your namespaces:"), m_namespaces);

    m_logBufferLines = new QSpinBox(this);
    m_logBufferLines->setObjectName(QStringLiteral("logBufferSpinBox"));
    m_logBufferLines->setRange(Preferences::kMinLogBufferLines, Preferences::kMaxLogBufferLines);
    m_logBufferLines->setSingleStep(100000);
    m_logBufferLines->setGroupSeparatorShown(true);
    m_logBufferLines->setSuffix(tr(" lines"));
    m_logBufferLines->setToolTip(tr("Log lines kept per log tab; the oldest go first. Applies to log tabs opened afterwards."));
    form->addRow(tr("&Log buffer per tab:"), m_logBufferLines);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeComboBox"));
    m_theme->addItem(tr("System"), Preferences::themeName(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), Preferences::themeName(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), Preferences::themeName(Preferences::Theme::Dark));
    form->addRow(tr("&Theme:"), m_theme);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(languageName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &l : availableLanguages())
        m_language->addItem(languageName(l), l);
    m_language->setToolTip(tr("Used from the next start"));
    form->addRow(tr("Lan&guage:"), m_language);

    m_keychain = new QCheckBox(tr("Offer to remember CA passphrases in the desktop &keychain"), this);
    m_keychain->setObjectName(QStringLiteral("keychainCheckBox"));
    form->addRow(QString(), m_keychain);

    m_warningDays = new QSpinBox(this);
    m_warningDays->setObjectName(QStringLiteral("warningDaysSpinBox"));
    m_warningDays->setRange(1, Preferences::kMaxWarningDays);
    m_warningDays->setSuffix(tr(" days"));
    m_warningDays->setToolTip(tr("Certificates that expire within this many days are shown as expiring."));
    form->addRow(tr("Warn before certificates e&xpire:"), m_warningDays);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] { setPreferences(Preferences{}); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setPreferences(preferences);
    resize(std::max(sizeHint().width(), 640), sizeHint().height());
}

QLineEdit *PreferencesDialog::programField(const QString &tool, QLabel **versionLabel)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(tool + QStringLiteral("ProgramLineEdit"));
    edit->setPlaceholderText(tr("%1 on PATH").arg(tool));
    edit->setClearButtonEnabled(true);
    edit->setAccessibleName(tr("%1 program").arg(tool));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the %1 program").arg(tool));
    connect(browse, &QPushButton::clicked, this, [this, edit, tool] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose the %1 program").arg(tool), edit->text());
        if (!f.isEmpty())
            edit->setText(f);
    });
    auto *label = new QLabel(this);
    label->setObjectName(tool + QStringLiteral("VersionLabel"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    *versionLabel = label;
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *box = new QVBoxLayout;
    box->addLayout(row);
    box->addWidget(label);
    auto *fieldLabel = new QLabel(tool == u"helm" ? tr("&helm:") : tr("k&ubectl:"), this);
    fieldLabel->setBuddy(edit);
    m_form->addRow(fieldLabel, box);
    // the version is read after typing stops (helm takes ~100 ms to answer)
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(400);
    connect(debounce, &QTimer::timeout, this, [this, tool, edit, label] { probe(tool, edit, label); });
    connect(edit, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    return edit;
}

void PreferencesDialog::probe(const QString &tool, QLineEdit *edit, QLabel *label)
{
    label->setText(tr("Checking…"));
    // only the answer to the latest question is shown (an earlier probe may answer later)
    const int generation = label->property("probe").toInt() + 1;
    label->setProperty("probe", generation);
    probeToolVersion(tool, edit->text().trimmed(), label, [label, generation, tool](const ToolVersion &v) {
        if (label->property("probe").toInt() != generation)
            return;
        label->setText(v.version.isEmpty() ? tr("%1: %2").arg(tool, v.problem) : tr("%1 %2 (%3)").arg(tool, v.version, v.program));
    });
}

void PreferencesDialog::setPreferences(const Preferences &p)
{
    m_kubeconfigs->clear();
    m_kubeconfigs->addItems(p.kubeconfigPaths);
    m_helm->setText(p.helmProgram);
    m_kubectl->setText(p.kubectlProgram);
    m_namespaces->setText(p.namespaces.join(QStringLiteral(", ")));
    probe(QStringLiteral("helm"), m_helm, m_helmVersion);
    probe(QStringLiteral("kubectl"), m_kubectl, m_kubectlVersion);
    m_logBufferLines->setValue(p.logBufferLines);
    m_theme->setCurrentIndex(m_theme->findData(Preferences::themeName(p.theme)));
    m_keychain->setChecked(p.useKeychain);
    m_warningDays->setValue(p.certificateWarningDays);
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    for (int i = 0; i < m_kubeconfigs->count(); ++i)
        p.kubeconfigPaths << m_kubeconfigs->item(i)->text();
    p.helmProgram = m_helm->text().trimmed();
    p.kubectlProgram = m_kubectl->text().trimmed();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    p.namespaces = m_namespaces->text().split(separators, Qt::SkipEmptyParts);
    p.logBufferLines = m_logBufferLines->value();
    Preferences::themeFromName(m_theme->currentData().toString(), &p.theme);
    p.useKeychain = m_keychain->isChecked();
    p.certificateWarningDays = m_warningDays->value();
    p.language = m_language->currentData().toString();
    return p;
}

} // namespace fc

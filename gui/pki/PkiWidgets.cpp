#include "gui/pki/PkiWidgets.h"

#include "model/pki/CaStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fc::pkiui {

QComboBox *makeKeyTypeCombo(QWidget *parent, pki::KeyType selected, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    const std::pair<pki::KeyType, QString> types[] = {
        {pki::KeyType::Rsa2048, QObject::tr("RSA 2048")},
        {pki::KeyType::Rsa3072, QObject::tr("RSA 3072")},
        {pki::KeyType::Rsa4096, QObject::tr("RSA 4096 (seconds per key)")},
        {pki::KeyType::EcP256, QObject::tr("ECDSA P-256")},
        {pki::KeyType::EcP384, QObject::tr("ECDSA P-384")},
        {pki::KeyType::Ed25519, QObject::tr("Ed25519")},
    };
    for (const auto &[type, label] : types)
        combo->addItem(label, int(type));
    selectKeyType(combo, selected);
    return combo;
}

pki::KeyType keyTypeOf(const QComboBox *combo)
{
    return pki::KeyType(combo->currentData().toInt());
}

void selectKeyType(QComboBox *combo, pki::KeyType type)
{
    combo->setCurrentIndex(combo->findData(int(type)));
}

ParsedSans parseSans(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    ParsedSans out;
    for (const QString &entry : text.split(separators, Qt::SkipEmptyParts)) {
        if (auto added = pki::addSubjectAltName(out.sans, entry); !added) {
            const QString field = added.error().field;
            out.errors << (field == QLatin1String("san.dns")
                               ? QObject::tr("\"%1\" is not a valid DNS name (letters, digits, '-' and dots; "
                                             "labels of 1-63 characters)").arg(entry)
                               : field == QLatin1String("san.ip") ? QObject::tr("\"%1\" is not a valid IP address").arg(entry)
                                                                  : added.error().message);
        }
    }
    return out;
}

QLabel *makeErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (path.isEmpty())
        return makeError(QObject::tr("no file chosen"));
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = makeError(QObject::tr("cannot read: %1").arg(f.errorString()));
        e.file = path;
        return e;
    }
    return f.readAll();
}

QString keychainKey(const CaStore &store, const QString &caName)
{
    return QStringLiteral("ca-passphrase:") + store.dataDir() + QLatin1Char(':') + caName;
}

QString fillCaCombo(QComboBox *combo, const CaStore &store)
{
    const QString previous = combo->currentData().toString();
    combo->clear();
    QStringList problems;
    const QList<CaStore::Entry> entries = store.readableEntries(&problems);
    for (const CaStore::Entry &e : entries) {
        const QString kind = e.issuers.isEmpty() ? QObject::tr("root") : QObject::tr("intermediate");
        combo->addItem(QStringLiteral("%1 — %2 (%3)").arg(e.name, e.certificate.subjectName().commonName, kind), e.name);
    }
    if (const int i = combo->findData(previous); i >= 0)
        combo->setCurrentIndex(i);
    return problems.join(QLatin1Char('\n')); // the readable CAs are offered all the same
}

void selectIssuingCa(QComboBox *combo, const QList<CaStore::Entry> &cas, const pki::Certificate &leaf)
{
    for (const CaStore::Entry &e : cas) {
        if (leaf.isIssuedBy(e.certificate)) {
            combo->setCurrentIndex(combo->findData(e.name));
            return;
        }
    }
}

PathField::PathField(Mode mode, const QString &objectName, QWidget *parent)
    : QWidget(parent), m_mode(mode), m_edit(new QLineEdit(this))
{
    setObjectName(objectName);
    m_edit->setObjectName(objectName + QStringLiteral("LineEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(objectName + QStringLiteral("BrowseButton"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(browse);
    setFocusProxy(m_edit);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dlg = new QFileDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->setDirectory(m_edit->text());
        switch (m_mode) {
        case OpenFile: dlg->setFileMode(QFileDialog::ExistingFile); break;
        case SaveFile: dlg->setAcceptMode(QFileDialog::AcceptSave); break;
        case Directory: dlg->setFileMode(QFileDialog::Directory); dlg->setOption(QFileDialog::ShowDirsOnly); break;
        }
        connect(dlg, &QFileDialog::fileSelected, m_edit, &QLineEdit::setText);
        dlg->open();
    });
}

void PathField::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_edit->accessibleName().isEmpty() || !parentWidget())
        return;
    for (const QLabel *label : parentWidget()->findChildren<QLabel *>())
        if (label->buddy() == this) {
            m_edit->setAccessibleName(QString(label->text()).remove(u'&').remove(u':').trimmed());
            return;
        }
}

QString PathField::path() const
{
    return m_edit->text().trimmed();
}

void PathField::setPath(const QString &path)
{
    m_edit->setText(path);
}

PkiFormDialog::PkiFormDialog(const QString &title, QWidget *parent)
    : QDialog(parent), m_layout(new QVBoxLayout(this)), m_form(new QFormLayout), m_formHost(new QWidget(this))
{
    setWindowTitle(title);
    m_formHost->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->addWidget(m_formHost);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    m_error = makeErrorLabel(this, QStringLiteral("errorLabel"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_layout->addWidget(m_busyLabel);
    m_layout->addWidget(m_error);
    m_layout->addStretch(1); // spare height (after an error went away) below the form, not inside it
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_busy)
            return;
        clearError();
        submit();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PkiFormDialog::reject);
}

void PkiFormDialog::addBelowForm(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_busyLabel), widget);
}

void PkiFormDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_formHost->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_busyLabel->setText(message);
    m_busyLabel->setVisible(busy && !message.isEmpty());
}

void PkiFormDialog::showError(const QString &message)
{
    setError(m_error, message);
}

void PkiFormDialog::showError(const Error &error)
{
    showError(error.toString());
}

void PkiFormDialog::clearError()
{
    setError(m_error, {});
}

void PkiFormDialog::reject()
{
    if (m_busy) // the result would arrive for a closed dialog; wait for it
        return;
    QDialog::reject();
}

} // namespace fc::pkiui

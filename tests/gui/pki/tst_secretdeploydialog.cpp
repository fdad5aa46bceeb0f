// SecretDeployDialog on the local control plane: filled through its named widgets, the preview
// redacts the key, the server dry run answers, bad input shows inline without losing anything,
// Apply writes the secret (checked with kubectl), a conflict is explained and force resolves it.
// Saves $FEDCONSOLE_SCREENSHOT_DIR/secret-deploy.png.

#include "../common/GuiTestUtil.h"
#include "../../integration/common/LocalConnection.h"

#include "backend/cluster/Kubeconfig.h"
#include "backend/pki/CertificateAuthority.h"
#include "gui/pki/SecretDeployDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace fc;
using namespace fc::test;

class TestSecretDeployDialog : public QObject {
    Q_OBJECT
private:
    QString m_ns;
    std::unique_ptr<ClusterConnection> m_conn;
    pki::CertificateAuthority m_ca;
    SecretMaterial m_material;
    QTemporaryDir m_dir;

    template<typename T>
    T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QLatin1String(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    QString secretField(const QString &name, const QString &jsonpath)
    {
        return QString::fromUtf8(kubectl({QStringLiteral("get"), QStringLiteral("secret"), name, QStringLiteral("-n"), m_ns,
                                          QStringLiteral("-o"), QStringLiteral("jsonpath=") + jsonpath})
                                     .out);
    }

    void typeInto(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        FC_REQUIRE_LOCAL_CLUSTER();
        m_ns = QStringLiteral("gui-pki-%1").arg(QRandomGenerator::global()->bounded(100000));
        QVERIFY(createNamespace(m_ns));
        FC_CONNECT_LOCAL(m_conn, QStringLiteral("fedconsole-local"));
        pki::CaRequest r;
        r.subject.commonName = QStringLiteral("FL Project Root");
        r.subject.organization = QStringLiteral("Example Federation");
        m_ca = pki::CertificateAuthority::createRoot(r).value();
        pki::LeafRequest leaf;
        leaf.subject.commonName = QStringLiteral("flare-server.fl.example");
        leaf.subject.organization = QStringLiteral("Site A");
        leaf.sans.dns = {QStringLiteral("flare-server.fl.example"), QStringLiteral("flare-server")};
        leaf.usage = pki::LeafUsage::ServerAndClient;
        m_material = SecretMaterial::fromIssued(m_ca.issue(leaf).value()).value();
    }

    void cleanupTestCase()
    {
        if (!m_ns.isEmpty())
            kubectl({QStringLiteral("delete"), QStringLiteral("namespace"), m_ns, QStringLiteral("--wait=false")});
    }

    void fillPreviewDryRunApply()
    {
        SecretDeployDialog dialog(m_conn.get(), m_material);
        dialog.resize(980, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        FC_ACCESSIBLE(&dialog);
        // the namespace list arrives from the server
        auto *ns = child<QComboBox>(&dialog, "namespaceComboBox");
        QTRY_VERIFY_WITH_TIMEOUT(ns->findText(m_ns) >= 0, 20000);
        ns->setCurrentIndex(ns->findText(m_ns));

        // a FLARE server layout
        auto *preset = child<QComboBox>(&dialog, "presetComboBox");
        dialog.selectPreset(QStringLiteral("flare-server"));
        QCOMPARE(preset->currentData().toString(), QStringLiteral("flare-server"));
        QCOMPARE(child<QComboBox>(&dialog, "typeComboBox")->currentData().toInt(), int(SecretLayout::Generic));
        QCOMPARE(child<QLineEdit>(&dialog, "certKeyLineEdit")->text(), QStringLiteral("server.crt"));
        QCOMPARE(child<QLineEdit>(&dialog, "keyKeyLineEdit")->text(), QStringLiteral("server.key"));
        QCOMPARE(child<QLineEdit>(&dialog, "caKeyLineEdit")->text(), QStringLiteral("rootCA.pem"));

        // a bad name: inline error, no preview, Apply disabled, the text stays
        auto *name = child<QLineEdit>(&dialog, "secretNameLineEdit");
        auto *apply = child<QPushButton>(&dialog, "applyButton");
        typeInto(name, QStringLiteral("Flare_Server"));
        QVERIFY2(dialog.errorText().contains(u"not a valid secret name"), qPrintable(dialog.errorText()));
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        QVERIFY(!apply->isEnabled());
        QCOMPARE(name->text(), QStringLiteral("Flare_Server"));
        QVERIFY(dialog.previewText().isEmpty());

        // a bad key name the same way
        typeInto(name, QStringLiteral("flare-server-certs"));
        auto *caKey = child<QLineEdit>(&dialog, "caKeyLineEdit");
        typeInto(caKey, QStringLiteral("root CA.pem"));
        QVERIFY2(dialog.errorText().contains(u"not a valid secret key"), qPrintable(dialog.errorText()));
        QVERIFY(!apply->isEnabled());
        typeInto(caKey, QStringLiteral("rootCA.pem"));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(apply->isEnabled());

        // the preview shows what will be applied, the key redacted
        const QString preview = child<QPlainTextEdit>(&dialog, "previewTextEdit")->toPlainText();
        QCOMPARE(preview, dialog.previewText());
        QVERIFY(preview.contains(QStringLiteral("  name: flare-server-certs\n  namespace: ") + m_ns));
        QVERIFY(preview.contains(u"type: Opaque"));
        QVERIFY(preview.contains(QStringLiteral("  server.crt: ") + QString::fromLatin1(m_material.certPem.toBase64())));
        QVERIFY(preview.contains(u"  server.key: \"<redacted: private key"));
        QVERIFY(!preview.contains(QString::fromLatin1(m_material.keyPem.toBase64().left(40))));
        QVERIFY(!preview.contains(u"PRIVATE KEY"));

        // the server's dry run answers for the current input
        auto *dry = child<QLabel>(&dialog, "dryRunLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(dry->text().contains(u"accepts"), qPrintable(dry->text()), 20000);
        QVERIFY(dry->text().contains(u"rootCA.pem, server.crt, server.key"));
        QCOMPARE(kubectl({QStringLiteral("get"), QStringLiteral("secret"), QStringLiteral("flare-server-certs"), QStringLiteral("-n"), m_ns}).exitCode, 1);

        const QString dir = qEnvironmentVariable("FEDCONSOLE_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(100);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/secret-deploy.png")));
        }

        QSignalSpy applied(&dialog, &SecretDeployDialog::applied);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(applied.wait(20000));
        QCOMPARE(applied.first().at(0).toString(), m_ns);
        QCOMPARE(applied.first().at(1).toString(), QStringLiteral("flare-server-certs"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(secretField(QStringLiteral("flare-server-certs"), QStringLiteral("{.metadata.resourceVersion}")),
                 applied.first().at(2).toString());
        QCOMPARE(QByteArray::fromBase64(secretField(QStringLiteral("flare-server-certs"), QStringLiteral("{.data.server\\.crt}")).toLatin1()),
                 m_material.certPem);
        QCOMPARE(secretField(QStringLiteral("flare-server-certs"), QStringLiteral("{.metadata.labels.app\\.kubernetes\\.io/managed-by}")),
                 QStringLiteral("fedconsole"));
    }

    void conflictShownInlineThenForced()
    {
        // kubectl owns this secret's fields
        QFile cert(m_dir.filePath(QStringLiteral("c.crt"))), key(m_dir.filePath(QStringLiteral("c.key")));
        QVERIFY(cert.open(QIODevice::WriteOnly) && key.open(QIODevice::WriteOnly));
        // different content, so applying ours changes fields kubectl owns
        pki::LeafRequest other;
        other.subject.commonName = QStringLiteral("kubectl-made");
        const pki::IssuedCertificate theirs = m_ca.issue(other).value();
        cert.write(theirs.certificate.toPem());
        key.write(theirs.key.toPem().value());
        cert.close();
        key.close();
        FC_KUBECTL({QStringLiteral("create"), QStringLiteral("secret"), QStringLiteral("tls"), QStringLiteral("owned"),
                    QStringLiteral("-n"), m_ns, QStringLiteral("--cert"), cert.fileName(), QStringLiteral("--key"), key.fileName()});

        SecretDeployDialog dialog(m_conn.get(), m_material);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setNamespace(m_ns);
        typeInto(child<QLineEdit>(&dialog, "secretNameLineEdit"), QStringLiteral("owned"));
        auto *dry = child<QLabel>(&dialog, "dryRunLabel");
        QTRY_VERIFY2_WITH_TIMEOUT(dry->text().contains(u"failed"), qPrintable(dry->text()), 20000);
        QVERIFY(dry->text().contains(u"force"));

        QSignalSpy failed(&dialog, &SecretDeployDialog::applyFailed);
        QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog.isVisible()); // nothing lost
        QVERIFY2(dialog.errorText().contains(u"managed by another tool"), qPrintable(dialog.errorText()));
        QCOMPARE(child<QLineEdit>(&dialog, "secretNameLineEdit")->text(), QStringLiteral("owned"));
        QVERIFY(secretField(QStringLiteral("owned"), QStringLiteral("{.metadata.labels}")).isEmpty());

        child<QCheckBox>(&dialog, "forceCheckBox")->setChecked(true);
        QTRY_VERIFY2_WITH_TIMEOUT(dry->text().contains(u"accepts"), qPrintable(dry->text()), 20000);
        QSignalSpy applied(&dialog, &SecretDeployDialog::applied);
        QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(applied.wait(20000));
        QVERIFY(secretField(QStringLiteral("owned"), QStringLiteral("{.metadata.labels}")).contains(u"fedconsole"));
    }
};

QTEST_MAIN(TestSecretDeployDialog)
#include "tst_secretdeploydialog.moc"

// The desktop-app dialogs under Xvfb: About names the versions really in use (compared with what
// openssl, pkg-config, helm and kubectl say themselves), the shortcuts dialog lists every key the
// main window answers to, Preferences are stored and applied at once, and a corrupt settings file
// is survived. Screenshots: tests' screenshot dir (looked at; copies in docs/).
#include "backend/secrets/Keychain.h"
#include "gui/app/AboutDialog.h"
#include "gui/app/PreferencesDialog.h"
#include "gui/app/Theme.h"
#include "gui/common/Shortcuts.h"
#include "gui/main/MainWindow.h"
#include "gui/pki/CertificatesPage.h"
#include "model/app/Preferences.h"
#include "model/pki/CertificateInventory.h"
#include "tests/gui/common/GuiTestUtil.h"
#include "tests/integration/common/LocalCluster.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;
using fc::test::child;

namespace {
QString firstVersion(const QByteArray &output)
{
    static const QRegularExpression v(QStringLiteral("v?\\d+\\.\\d+\\.\\d+[^\\s\x22]*"));
    return v.match(QString::fromUtf8(output)).captured(0);
}
} // namespace

class TstAppDialogs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("FEDCONSOLE_PKI_DIR", m_dir.filePath(QStringLiteral("pki")).toUtf8());
        qputenv("FEDCONSOLE_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void aboutNamesRealVersions()
    {
        const QString helm = fc::test::helmBinary(QStringLiteral("v3.21.4"));
        QVERIFY2(QFile::exists(helm), qPrintable(helm + QStringLiteral(" is missing: run `scripts/local-cluster.sh build` (builds helm)")));
        const fc::test::ProcResult helmSays = fc::test::run(helm, {QStringLiteral("version"), QStringLiteral("--short")});
        const fc::test::ProcResult kubectlSays = fc::test::run(QStringLiteral("kubectl"), {QStringLiteral("version"), QStringLiteral("--client")});
        QVERIFY2(kubectlSays.exitCode == 0, "kubectl is not on PATH: scripts/local-cluster.sh build installs it");
        const fc::test::ProcResult opensslSays = fc::test::run(QStringLiteral("openssl"), {QStringLiteral("version")});
        const fc::test::ProcResult yamlCppSays = fc::test::run(QStringLiteral("pkg-config"), {QStringLiteral("--modversion"), QStringLiteral("yaml-cpp")});
        QCOMPARE(opensslSays.exitCode, 0);
        QCOMPARE(yamlCppSays.exitCode, 0);

        AboutDialog about(helm, QString());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QTRY_VERIFY_WITH_TIMEOUT(about.toolsProbed(), 20000);
        QCOMPARE(about.shownVersion(QStringLiteral("Qt")), QString::fromLatin1(qVersion()));
        // the library's own version, as the openssl command of the same installation reports it
        const QString openssl = firstVersion(opensslSays.out);
        QVERIFY(!openssl.isEmpty());
        QVERIFY2(about.shownVersion(QStringLiteral("OpenSSL")).startsWith(openssl),
                 qPrintable(about.shownVersion(QStringLiteral("OpenSSL")) + QStringLiteral(" vs ") + QString::fromUtf8(opensslSays.out)));
        QCOMPARE(about.shownVersion(QStringLiteral("yaml-cpp")), QString::fromUtf8(yamlCppSays.out).trimmed());
        const QString helmVersion = firstVersion(helmSays.out);
        QVERIFY(helmVersion.startsWith(QLatin1String("v3.21.4")));
        QCOMPARE(about.shownVersion(QStringLiteral("helm")), QStringLiteral("%1 (%2)").arg(helmVersion, helm));
        const QString kubectlVersion = firstVersion(kubectlSays.out);
        QVERIFY2(about.shownVersion(QStringLiteral("kubectl")).startsWith(kubectlVersion + QStringLiteral(" (")),
                 qPrintable(about.shownVersion(QStringLiteral("kubectl"))));
        FC_SCREENSHOT(&about, QStringLiteral("about-dialog.png"));

        // a configured program that is not there says so (never an empty row)
        AboutDialog missing(m_dir.filePath(QStringLiteral("no-helm-here")), QString());
        QTRY_VERIFY_WITH_TIMEOUT(missing.toolsProbed(), 20000);
        QVERIFY2(missing.shownVersion(QStringLiteral("helm")).contains(QLatin1String("not an executable file")),
                 qPrintable(missing.shownVersion(QStringLiteral("helm"))));
    }

    void shortcutsDialogListsEveryShortcut()
    {
        const QList<ShortcutInfo> table = allShortcuts();
        QCOMPARE(table.size(), int(Shortcut::Count_));
        for (int i = 0; i < table.size(); ++i) { // the table is in the enum's order, each entry has a key and a text
            QCOMPARE(int(table[i].id), i);
            QVERIFY(!table[i].key.isEmpty());
            QVERIFY(!table[i].what.isEmpty());
        }
        QSettings settings(m_dir.filePath(QStringLiteral("shortcuts.conf")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({m_dir.filePath(QStringLiteral("no-kubeconfig"))}), &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ShortcutsDialog *dialog = window.showShortcuts();
        QVERIFY(dialog);
        QCOMPARE(dialog->rowCount(), int(table.size()));
        auto *shown = child<QTableWidget>(dialog, "shortcutsTable");
        QStringList listed;
        for (int r = 0; r < shown->rowCount(); ++r)
            listed << shown->item(r, 1)->text();
        // every key the main window (menus, toolbar, pages) answers to is in the list
        int checked = 0;
        for (QAction *a : window.findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(listed.contains(k.toString(QKeySequence::NativeText)), qPrintable(a->text() + u' ' + k.toString()));
                ++checked;
            }
        }
        for (QShortcut *s : window.findChildren<QShortcut *>()) {
            QVERIFY2(listed.contains(s->key().toString(QKeySequence::NativeText)), qPrintable(s->key().toString()));
            ++checked;
        }
        QVERIFY2(checked >= 18, qPrintable(QString::number(checked))); // menus, toolbar, focus keys, certificate actions
        // F1 opens About, Ctrl+/ this list: through the real key events
        dialog->close(); // deleted on close
        QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<ShortcutsDialog *>() && window.findChild<ShortcutsDialog *>()->isVisible());
        FC_SCREENSHOT(window.findChild<ShortcutsDialog *>(), QStringLiteral("shortcuts-dialog.png"));
        window.findChild<ShortcutsDialog *>()->close();
        QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(window.findChild<AboutDialog *>() && window.findChild<AboutDialog *>()->isVisible());
        window.findChild<AboutDialog *>()->close();
        QVERIFY(window.menuBar()->actions().size() >= 2); // File, Help
    }

    void preferencesAreStoredAndAppliedAtOnce()
    {
        const QString file = m_dir.filePath(QStringLiteral("prefs.conf"));
        QSettings settings(file, QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({m_dir.filePath(QStringLiteral("no-kubeconfig"))}), &settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!isDarkPalette());
        QCOMPARE(window.certificatesPage()->inventory()->warningDays(), 30);
        QVERIFY(Keychain::isAllowed());

        PreferencesDialog *dialog = window.showPreferences();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *theme = child<QComboBox>(dialog, "themeComboBox");
        auto *days = child<QSpinBox>(dialog, "warningDaysSpinBox");
        auto *lines = child<QSpinBox>(dialog, "logBufferSpinBox");
        auto *keychain = child<QCheckBox>(dialog, "keychainCheckBox");
        auto *helm = child<QLineEdit>(dialog, "helmProgramLineEdit");
        auto *helmVersion = child<QLabel>(dialog, "helmVersionLabel");
        // the helm found is shown with its version; a path typed in is checked as typed
        QTRY_VERIFY_WITH_TIMEOUT(!helmVersion->text().contains(QLatin1String("Checking")), 20000);
        const QString helmPath = fc::test::helmBinary(QStringLiteral("v4.3.2"));
        QVERIFY2(QFile::exists(helmPath), "helm v4.3.2 is missing: run `scripts/local-cluster.sh build`");
        helm->setText(helmPath);
        QTRY_VERIFY_WITH_TIMEOUT(helmVersion->text().startsWith(QLatin1String("helm v4.3.2")), 20000);
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        days->setValue(60);
        lines->setValue(5000);
        keychain->setChecked(false);
        FC_SCREENSHOT(dialog, QStringLiteral("preferences-dialog.png"));
        // Restore defaults refills the form without storing anything
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(days->value(), 30);
        QVERIFY(keychain->isChecked());
        QVERIFY(helm->text().isEmpty());
        QVERIFY(!settings.contains(QStringLiteral("preferences/theme")));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        days->setValue(60);
        lines->setValue(5000);
        keychain->setChecked(false);
        helm->setText(helmPath);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

        // applied at once
        QVERIFY(isDarkPalette());
        QCOMPARE(window.certificatesPage()->inventory()->warningDays(), 60);
        QVERIFY(!Keychain::isAllowed());
        QVERIFY(!Keychain::isAvailable());
        QVERIFY2(Keychain::unavailableMessage().contains(QLatin1String("Preferences")), qPrintable(Keychain::unavailableMessage()));
        QCOMPARE(window.preferences().logBufferLines, 5000);
        QCOMPARE(window.preferences().helmProgram, helmPath);
        window.showPage(0); // the pages in the dark palette, kind icons included
        QTest::qWait(100);
        FC_SCREENSHOT(&window, QStringLiteral("main-window-dark.png"));
        // and stored: a new reader of the file sees them
        QSettings reread(file, QSettings::IniFormat);
        const Preferences stored = Preferences::load(reread);
        QCOMPARE(stored.theme, Preferences::Theme::Dark);
        QCOMPARE(stored.certificateWarningDays, 60);
        QCOMPARE(stored.logBufferLines, 5000);
        QCOMPARE(stored.useKeychain, false);
        QCOMPARE(stored.helmProgram, helmPath);

        // back to the system theme and keychain for the tests after this one
        Preferences back = stored;
        back.theme = Preferences::Theme::System;
        back.useKeychain = true;
        window.applyPreferences(back);
        QVERIFY(!isDarkPalette());
        QVERIFY(Keychain::isAllowed());
    }

    void everyControlNamedAndReachableByKeyboard()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a11y.conf")), QSettings::IniFormat);
        MainWindow window(Kubeconfig::load({m_dir.filePath(QStringLiteral("no-kubeconfig"))}), &settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList problems;
        auto check = [&problems](QWidget *w, const QString &what) {
            QVERIFY(QTest::qWaitForWindowExposed(w));
            for (const QString &c : fc::test::accessibilityProblems(w))
                problems << what + QStringLiteral(": ") + c;
        };
        check(&window, QStringLiteral("welcome page"));
        for (int page = 0; page < 5; ++page) {
            window.showPage(page);
            QTest::qWait(50);
            check(&window, QStringLiteral("page %1").arg(page));
        }
        PreferencesDialog *prefs = window.showPreferences();
        check(prefs, QStringLiteral("Preferences"));
        prefs->close();
        AboutDialog *about = window.showAbout();
        check(about, QStringLiteral("About"));
        about->close();
        ShortcutsDialog *keys = window.showShortcuts();
        check(keys, QStringLiteral("Shortcuts"));
        keys->close();
        for (const QString &p : std::as_const(problems))
            qWarning("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s), listed above").arg(problems.size())));
    }

    void corruptSettingsFileIsSurvived()
    {
        const QString file = m_dir.filePath(QStringLiteral("corrupt.conf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray garbage(8192, '\0');
            for (int i = 0; i < garbage.size(); ++i)
                garbage[i] = char((i * 131 + 7) & 0xff);
            f.write(garbage);
        }
        OpenedSettings opened = openSettings(file);
        QVERIFY(!opened.message().isEmpty());
        {
            MainWindow window(Kubeconfig::load({m_dir.filePath(QStringLiteral("no-kubeconfig"))}), opened.settings.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close(); // saves the layout into the fresh file
        }
        opened.settings->sync();
        QCOMPARE(opened.settings->status(), QSettings::NoError);
        QSettings reread(file, QSettings::IniFormat);
        QVERIFY(reread.contains(QStringLiteral("window/geometry")));
    }
};

QTEST_MAIN(TstAppDialogs)
#include "tst_appdialogs.moc"

#include "model/app/Preferences.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TstPreferences : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QStringList asideFiles(const QString &base) const
    {
        return QDir(m_dir.path()).entryList({base + QStringLiteral(".corrupt-*")}, QDir::Files);
    }

private Q_SLOTS:
    void defaultsWhenEmpty()
    {
        QSettings s(path(QStringLiteral("empty.conf")), QSettings::IniFormat);
        QStringList replaced;
        const Preferences p = Preferences::load(s, &replaced);
        QCOMPARE(p, Preferences{});
        QVERIFY(replaced.isEmpty());
        QCOMPARE(p.certificateWarningDays, 30);
        QCOMPARE(p.logBufferLines, 1000000);
        QVERIFY(p.useKeychain);
        QCOMPARE(p.theme, Preferences::Theme::System);
    }

    void roundTrip()
    {
        Preferences p;
        p.kubeconfigPaths = {QStringLiteral("/home/a/.kube/partner.yaml"), QStringLiteral("/home/a/.kube/config")};
        p.helmProgram = QStringLiteral("/opt/helm/helm");
        p.kubectlProgram = QStringLiteral("/usr/local/bin/kubectl");
        p.logBufferLines = 250000;
        p.theme = Preferences::Theme::Dark;
        p.useKeychain = false;
        p.certificateWarningDays = 45;
        p.language = QStringLiteral("zh_CN");
        {
            QSettings s(path(QStringLiteral("round.conf")), QSettings::IniFormat);
            p.save(s);
        }
        QSettings again(path(QStringLiteral("round.conf")), QSettings::IniFormat);
        QStringList replaced;
        QCOMPARE(Preferences::load(again, &replaced), p);
        QVERIFY(replaced.isEmpty());
        // one kubeconfig: QSettings writes a one-element list as a plain string
        p.kubeconfigPaths = {QStringLiteral("/only/one")};
        p.save(again);
        again.sync();
        QSettings third(path(QStringLiteral("round.conf")), QSettings::IniFormat);
        QCOMPARE(Preferences::load(third).kubeconfigPaths, QStringList{QStringLiteral("/only/one")});
    }

    void namespaceHints()
    {
        // the namespaces tried where a kind may not be listed cluster-wide: kept in order, empty
        // entries dropped, one name alone (QSettings writes it as a string) read as a list
        Preferences p;
        p.namespaces = {QStringLiteral("fate-9999"), QStringLiteral("flare")};
        {
            QSettings s(path(QStringLiteral("namespaces.conf")), QSettings::IniFormat);
            p.save(s);
        }
        QSettings again(path(QStringLiteral("namespaces.conf")), QSettings::IniFormat);
        QCOMPARE(Preferences::load(again).namespaces, p.namespaces);
        write(path(QStringLiteral("namespaces-one.conf")), "[preferences]\nnamespaces=fate-10000\n");
        QSettings one(path(QStringLiteral("namespaces-one.conf")), QSettings::IniFormat);
        QCOMPARE(Preferences::load(one).namespaces, QStringList{QStringLiteral("fate-10000")});
        write(path(QStringLiteral("namespaces-gaps.conf")), "[preferences]\nnamespaces=a, , b\n");
        QSettings gaps(path(QStringLiteral("namespaces-gaps.conf")), QSettings::IniFormat);
        QStringList replaced;
        QCOMPARE(Preferences::load(gaps, &replaced).namespaces, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(replaced.isEmpty());
        // a name that cannot be a namespace (not a DNS-1123 label) replaces the whole list, named
        write(path(QStringLiteral("namespaces-bad.conf")), "[preferences]\nnamespaces=flare, Fate_9999\n");
        QSettings bad(path(QStringLiteral("namespaces-bad.conf")), QSettings::IniFormat);
        replaced.clear();
        QCOMPARE(Preferences::load(bad, &replaced).namespaces, QStringList());
        QCOMPARE(replaced, QStringList{QStringLiteral("preferences/namespaces")});
    }

    void unusableValuesAreReplacedAndNamed()
    {
        write(path(QStringLiteral("bad-values.conf")), "[preferences]\n"
                                                       "logBufferLines=12\n"
                                                       "theme=purple\n"
                                                       "useKeychain=perhaps\n"
                                                       "certificateWarningDays=-4\n"
                                                       "helmProgram=/usr/bin/helm\n"
                                                       "language=klingon\n");
        QSettings s(path(QStringLiteral("bad-values.conf")), QSettings::IniFormat);
        QStringList replaced;
        const Preferences p = Preferences::load(s, &replaced);
        QCOMPARE(p.logBufferLines, Preferences::kDefaultLogBufferLines);
        QCOMPARE(p.theme, Preferences::Theme::System);
        QVERIFY(p.useKeychain);
        QCOMPARE(p.certificateWarningDays, 30);
        QCOMPARE(p.helmProgram, QStringLiteral("/usr/bin/helm")); // the good value stays
        replaced.sort();
        QCOMPARE(replaced, (QStringList{QStringLiteral("preferences/certificateWarningDays"), QStringLiteral("preferences/language"),
                                        QStringLiteral("preferences/logBufferLines"), QStringLiteral("preferences/theme"),
                                        QStringLiteral("preferences/useKeychain")}));
        QVERIFY(p.language.isEmpty()); // the system's language

        // openSettings resets exactly those keys and says so
        const OpenedSettings opened = openSettings(path(QStringLiteral("bad-values.conf")));
        QVERIFY(opened.settings);
        QVERIFY2(opened.message().contains(QLatin1String("preferences/theme")), qPrintable(opened.message()));
        QVERIFY(!opened.settings->contains(QStringLiteral("preferences/theme")));
        QCOMPARE(opened.settings->value(QStringLiteral("preferences/helmProgram")).toString(), QStringLiteral("/usr/bin/helm"));
        QVERIFY(asideFiles(QStringLiteral("bad-values.conf")).isEmpty()); // a readable file is not moved
    }

    void corruptFileIsMovedAsideNotFatal_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // binary garbage (a disk error, a half-written file): NUL bytes and invalid UTF-8
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919 + 13) & 0xff));
        QTest::newRow("binary garbage") << garbage;
        QTest::newRow("settings then NULs (cut while writing)")
            << QByteArray("[window]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3)\n[session]\ncontext=prod\n") + QByteArray(512, '\0');
        QTest::newRow("only NUL bytes (a file preallocated, never written)") << QByteArray(4096, '\0');
        QTest::newRow("text, then NULs at a line start") << QByteArray("[session]\ncontext=prod\n") + QByteArray(64, '\0') + QByteArray("\n");
    }

    void corruptFileIsMovedAsideNotFatal()
    {
        QFETCH(QByteArray, bytes);
        const QString file = path(QStringLiteral("corrupt.conf"));
        for (const QString &old : asideFiles(QStringLiteral("corrupt.conf")))
            QFile::remove(m_dir.filePath(old));
        write(file, bytes);
        const OpenedSettings opened = openSettings(file);
        QVERIFY(opened.settings);
        QVERIFY2(opened.message().contains(QLatin1String("moved to")), qPrintable(opened.message()));
        const QStringList aside = asideFiles(QStringLiteral("corrupt.conf"));
        QCOMPARE(aside.size(), 1);
        QVERIFY2(opened.message().contains(aside.first()), qPrintable(opened.message()));
        QFile kept(m_dir.filePath(aside.first())); // the old file is kept for the user, byte for byte
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        // the new settings start empty, work, and are written to the usual place
        QVERIFY(opened.settings->allKeys().isEmpty());
        QCOMPARE(Preferences::load(*opened.settings), Preferences{});
        opened.settings->setValue(QStringLiteral("session/context"), QStringLiteral("dev"));
        opened.settings->sync();
        QCOMPARE(opened.settings->status(), QSettings::NoError);
        QSettings reread(file, QSettings::IniFormat);
        QCOMPARE(reread.value(QStringLiteral("session/context")).toString(), QStringLiteral("dev"));
        // and the next start is quiet
        QVERIFY(openSettings(file).message().isEmpty());
    }

    void missingFileIsQuiet()
    {
        const OpenedSettings opened = openSettings(path(QStringLiteral("sub/never-written.conf")));
        QVERIFY(opened.settings);
        QVERIFY(opened.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPreferences)
#include "tst_preferences.moc"

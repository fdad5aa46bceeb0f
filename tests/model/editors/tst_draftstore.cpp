// Drafts of unapplied edits: 0600 files in a 0700 folder, atomic, Secret values never written.
#include "model/editors/DraftStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace fc::editors;

namespace {
int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
} // namespace

class TestDraftStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripAndModes()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(QStringLiteral("drafts")));
        Draft d{QStringLiteral("ctx"), QStringLiteral("configmaps"), QStringLiteral("ns"), QStringLiteral("tcp"),
                json(R"({"data":{"a":"1"}})"), json(R"({"data":{"a":"2"}})"), {}, false};
        QVERIFY(store.save(d).ok());
        QVERIFY(store.contains(d.context, d.typeId, d.namespace_, d.name));
        const auto back = store.load(d.context, d.typeId, d.namespace_, d.name);
        QVERIFY(back.ok());
        QCOMPARE(back->edited, d.edited);
        QCOMPARE(back->original, d.original);
        QVERIFY(back->saved.isValid());
        QCOMPARE(modeOf(store.directory()), 0700);
        const QStringList files = QDir(store.directory()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QCOMPARE(modeOf(store.directory() + u'/' + files.first()), 0600);
        QVERIFY(!files.first().endsWith(QStringLiteral(".tmp")));
        store.remove(d.context, d.typeId, d.namespace_, d.name);
        QVERIFY(store.all().isEmpty());
    }

    void secretValuesNeverWritten()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        Draft d{QStringLiteral("ctx"), QStringLiteral("secrets"), QStringLiteral("ns"), QStringLiteral("tls"),
                json(R"({"data":{"tls.key":"c2VjcmV0LWtleQ=="}})"), json(R"({"data":{"tls.key":"bmV3LXNlY3JldA=="},"stringData":{"token":"plain-token"}})"),
                {}, false};
        QVERIFY(store.save(d).ok());
        QByteArray onDisk;
        for (const QString &f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            onDisk += file.readAll();
        }
        QVERIFY(!onDisk.contains("c2VjcmV0LWtleQ"));
        QVERIFY(!onDisk.contains("bmV3LXNlY3JldA"));
        QVERIFY(!onDisk.contains("plain-token"));
        const auto back = store.load(d.context, d.typeId, d.namespace_, d.name);
        QVERIFY(back->secretValuesDropped);
        QVERIFY(back->edited[QStringLiteral("data")].toObject().contains(QStringLiteral("tls.key"))); // the shape stays
    }

    void damagedDraftIsSkippedAndNamed()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        QVERIFY(store.save({QStringLiteral("c"), QStringLiteral("configmaps"), QStringLiteral("n"), QStringLiteral("ok"), {}, json(R"({"a":1})"), {}, false}).ok());
        QFile bad(dir.filePath(QStringLiteral("0123.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QStringList problems;
        QCOMPARE(store.all(&problems).size(), 1);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"

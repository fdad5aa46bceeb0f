// Kubeconfig loading and merging (kubectl's rules) from a file of any bytes; the input is also
// merged after a valid file, so the merge paths run on garbage too.
#include "FuzzTarget.h"

#include "backend/cluster/Kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fc::fuzz::ensureApp();
    static QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("input.yaml"));
    const QString good = dir.filePath(QStringLiteral("good.yaml"));
    static const bool wroteGood = [&] {
        QFile f(good);
        return f.open(QIODevice::WriteOnly) &&
               f.write("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: https://127.0.0.1:6443\n"
                       "users:\n- name: u\n  user:\n    token: t\ncontexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n"
                       "current-context: x\n") > 0;
    }();
    (void)wroteGood;
    {
        QFile f(input);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    for (const QStringList &paths : {QStringList{input}, QStringList{good, input}}) {
        const fc::Kubeconfig kc = fc::Kubeconfig::load(paths);
        for (const QString &name : kc.contextNames())
            (void)kc.resolve(name);
        (void)kc.resolve();
    }
    return 0;
}

#include "model/editors/ContainersModel.h"

#include "model/editors/KubeValidation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace fc::editors {

namespace {

QStringList words(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &w : v.toArray())
        out << w.toString();
    return out;
}

/// A QStringList as is, or text with one word per line.
QStringList wordsFrom(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList();
    const QString text = value.toString();
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

} // namespace

ContainersModel::ContainersModel(WorkloadForm *form)
    : WorkloadTableModel(form)
{
}

QString ContainersModel::joinWords(const QStringList &list)
{
    static const QRegularExpression plain(QStringLiteral("^[-A-Za-z0-9_./:=,@%+]+$"));
    QStringList out;
    for (const QString &w : list) {
        if (plain.match(w).hasMatch())
            out << w;
        else
            out << u'\'' + QString(w).replace(QStringLiteral("'"), QStringLiteral("'\\''")) + u'\'';
    }
    return out.join(u' ');
}

void ContainersModel::reload()
{
    QList<Row> next;
    for (const QJsonValue &v : form()->podSpec().value(QLatin1String("containers")).toArray()) {
        const QJsonObject c = v.toObject();
        next.append({c.value(QLatin1String("name")).toString(), c.value(QLatin1String("image")).toString(),
                     words(c.value(QLatin1String("command"))), words(c.value(QLatin1String("args")))});
    }
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString { return r.name; });
}

QVariant ContainersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Container");
    case ImageColumn: return tr("Image");
    case CommandColumn: return tr("Command");
    case ArgsColumn: return tr("Arguments");
    }
    return {};
}

ObjectPath ContainersModel::rowPath(int row) const
{
    return WorkloadForm::podSpecPath() + QStringList{QStringLiteral("containers"), indexSegment(row)};
}

ObjectPath ContainersModel::cellPath(int row, int column) const
{
    switch (column) {
    case NameColumn: return rowPath(row) + QStringList{QStringLiteral("name")};
    case ImageColumn: return rowPath(row) + QStringList{QStringLiteral("image")};
    case CommandColumn: return rowPath(row) + QStringList{QStringLiteral("command")};
    case ArgsColumn: return rowPath(row) + QStringList{QStringLiteral("args")};
    }
    return rowPath(row);
}

QVariant ContainersModel::cellData(int row, int column, int role) const
{
    const Row &r = m_rows.at(row);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole)
        return {};
    switch (column) {
    case NameColumn: return r.name;
    case ImageColumn: return r.image;
    case CommandColumn: return role == Qt::DisplayRole ? QVariant(joinWords(r.command)) : QVariant(r.command);
    case ArgsColumn: return role == Qt::DisplayRole ? QVariant(joinWords(r.args)) : QVariant(r.args);
    }
    return {};
}

Result<void> ContainersModel::setCell(int row, int column, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return makeError(tr("Not editable that way."));
    switch (column) {
    case NameColumn: return setName(row, value.toString().trimmed());
    case ImageColumn: return setImage(row, value.toString().trimmed());
    case CommandColumn: return setCommand(row, wordsFrom(value));
    case ArgsColumn: return setArgs(row, wordsFrom(value));
    }
    return makeError(tr("Not editable."));
}

Result<void> ContainersModel::addContainer(const QString &name, const QString &image)
{
    if (const QStringList p = validation::dns1123LabelProblems(name); !p.isEmpty())
        return makeError(tr("The container name %1.").arg(p.join(QStringLiteral("; "))));
    if (form()->containerNames().contains(name))
        return makeError(tr("A container is named %1 already.").arg(name));
    if (image.trimmed().isEmpty())
        return makeError(tr("An image is required."));
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonArray list = spec.value(QLatin1String("containers")).toArray();
            list.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("image"), image.trimmed()}});
            spec.insert(QStringLiteral("containers"), list);
        },
        tr("Add container %1").arg(name));
}

Result<void> ContainersModel::removeContainer(int row)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no container %1.").arg(row));
    if (m_rows.size() == 1)
        return makeError(tr("A pod needs at least one container."));
    const QString name = m_rows.at(row).name;
    return form()->editPodSpec(
        [&](QJsonObject &spec) {
            QJsonArray list = spec.value(QLatin1String("containers")).toArray();
            list.removeAt(row);
            spec.insert(QStringLiteral("containers"), list);
        },
        tr("Remove container %1").arg(name));
}

Result<void> ContainersModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no container %1.").arg(row));
    if (m_rows.at(row).name == name)
        return {};
    if (const QStringList p = validation::dns1123LabelProblems(name); !p.isEmpty())
        return makeError(tr("The container name %1.").arg(p.join(QStringLiteral("; "))), pathText(cellPath(row, NameColumn)));
    if (form()->containerNames().contains(name))
        return makeError(tr("A container is named %1 already.").arg(name), pathText(cellPath(row, NameColumn)));
    const QString old = m_rows.at(row).name;
    return form()->editContainer(row, [&](QJsonObject &c) { c.insert(QStringLiteral("name"), name); },
                                 tr("Rename container %1 to %2").arg(old, name));
}

Result<void> ContainersModel::setImage(int row, const QString &image)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no container %1.").arg(row));
    if (image.isEmpty())
        return makeError(tr("An image is required."), pathText(cellPath(row, ImageColumn)));
    if (m_rows.at(row).image == image)
        return {};
    return form()->editContainer(row, [&](QJsonObject &c) { c.insert(QStringLiteral("image"), image); },
                                 tr("Set the image of %1 to %2").arg(m_rows.at(row).name, image));
}

Result<void> ContainersModel::setWords(int row, const char *field, const QStringList &list, const QString &undoText)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no container %1.").arg(row));
    return form()->editContainer(
        row,
        [&](QJsonObject &c) {
            if (list.isEmpty())
                c.remove(QLatin1String(field));
            else
                c.insert(QLatin1String(field), QJsonArray::fromStringList(list));
        },
        undoText);
}

Result<void> ContainersModel::setCommand(int row, const QStringList &command)
{
    if (row >= 0 && row < m_rows.size() && m_rows.at(row).command == command)
        return {};
    return setWords(row, "command", command, tr("Set the command of %1").arg(m_rows.value(row).name));
}

Result<void> ContainersModel::setArgs(int row, const QStringList &args)
{
    if (row >= 0 && row < m_rows.size() && m_rows.at(row).args == args)
        return {};
    return setWords(row, "args", args, tr("Set the arguments of %1").arg(m_rows.value(row).name));
}

} // namespace fc::editors

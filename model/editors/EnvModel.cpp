#include "model/editors/EnvModel.h"

#include "model/editors/KubeValidation.h"

#include <QJsonArray>

namespace fc::editors {

namespace {

const QString kEnv = QStringLiteral("env");
const QString kValue = QStringLiteral("value");
const QString kValueFrom = QStringLiteral("valueFrom");

/// valueFrom's member for a source and the field that holds the row's "value" column.
const char *refField(EnvSource source)
{
    switch (source) {
    case EnvSource::SecretKey: return "secretKeyRef";
    case EnvSource::ConfigMapKey: return "configMapKeyRef";
    case EnvSource::Field: return "fieldRef";
    case EnvSource::ResourceField: return "resourceFieldRef";
    case EnvSource::Value: break;
    }
    return "";
}

const char *valueField(EnvSource source)
{
    switch (source) {
    case EnvSource::SecretKey:
    case EnvSource::ConfigMapKey: return "name";
    case EnvSource::Field: return "fieldPath";
    case EnvSource::ResourceField: return "resource";
    case EnvSource::Value: break;
    }
    return "value";
}

bool isReference(EnvSource source)
{
    return source == EnvSource::SecretKey || source == EnvSource::ConfigMapKey;
}

} // namespace

EnvModel::EnvModel(WorkloadForm *form)
    : WorkloadTableModel(form)
{
}

QString EnvModel::sourceName(EnvSource source)
{
    switch (source) {
    case EnvSource::Value: return tr("Value");
    case EnvSource::SecretKey: return tr("Secret key");
    case EnvSource::ConfigMapKey: return tr("ConfigMap key");
    case EnvSource::Field: return tr("Pod field");
    case EnvSource::ResourceField: return tr("Resource");
    }
    return {};
}

void EnvModel::reload()
{
    QList<Row> next;
    for (const QJsonValue &v : currentContainer().value(kEnv).toArray()) {
        Row r;
        r.env = v.toObject();
        r.name = r.env.value(QLatin1String("name")).toString();
        const QJsonObject from = r.env.value(kValueFrom).toObject();
        r.source = EnvSource::Value;
        for (EnvSource s : {EnvSource::SecretKey, EnvSource::ConfigMapKey, EnvSource::Field, EnvSource::ResourceField})
            if (from.contains(QLatin1String(refField(s))))
                r.source = s;
        if (r.source == EnvSource::Value) {
            r.value = r.env.value(kValue).toString();
        } else {
            const QJsonObject ref = from.value(QLatin1String(refField(r.source))).toObject();
            r.value = ref.value(QLatin1String(valueField(r.source))).toString();
            r.key = ref.value(QLatin1String("key")).toString();
        }
        next.append(r);
    }
    syncRows<Row>(m_rows, next, [](const Row &r) -> QString { return r.name; });
}

QVariant EnvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Variable");
    case SourceColumn: return tr("From");
    case ValueColumn: return tr("Value or name", "a literal value, or the Secret/ConfigMap a variable reads");
    case KeyColumn: return tr("Key");
    }
    return {};
}

ObjectPath EnvModel::rowPath(int row) const
{
    return containerPath() + QStringList{kEnv, indexSegment(row)};
}

ObjectPath EnvModel::cellPath(int row, int column) const
{
    const EnvSource source = m_rows.at(row).source;
    switch (column) {
    case NameColumn: return rowPath(row) + QStringList{QStringLiteral("name")};
    case SourceColumn: return rowPath(row) + QStringList{kValueFrom};
    case ValueColumn:
        if (source == EnvSource::Value)
            return rowPath(row) + QStringList{kValue};
        return rowPath(row) + QStringList{kValueFrom, QLatin1String(refField(source)), QLatin1String(valueField(source))};
    case KeyColumn:
        if (isReference(source))
            return rowPath(row) + QStringList{kValueFrom, QLatin1String(refField(source)), QStringLiteral("key")};
        return rowPath(row) + QStringList{kValueFrom, QStringLiteral("-")}; // nothing lives there
    }
    return rowPath(row);
}

QVariant EnvModel::cellData(int row, int column, int role) const
{
    const Row &r = m_rows.at(row);
    if (role == SourceRole)
        return int(r.source);
    if (role == ChoicesRole || role == ChoiceValuesRole || role == ChoicesOnlyRole)
        return choices(r, column, role);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != RawValueRole)
        return {};
    switch (column) {
    case NameColumn: return r.name;
    case SourceColumn: return role == Qt::DisplayRole ? QVariant(sourceName(r.source)) : QVariant(int(r.source));
    case ValueColumn: return r.value;
    case KeyColumn: return isReference(r.source) ? r.key : QString();
    }
    return {};
}

QVariant EnvModel::choices(const Row &r, int column, int role) const
{
    if (column == SourceColumn) {
        if (role == ChoicesOnlyRole)
            return true;
        QStringList texts;
        QVariantList values;
        for (EnvSource s : {EnvSource::Value, EnvSource::SecretKey, EnvSource::ConfigMapKey, EnvSource::Field, EnvSource::ResourceField}) {
            texts << sourceName(s);
            values << int(s);
        }
        return role == ChoicesRole ? QVariant(texts) : QVariant(values);
    }
    if (role != ChoicesRole)
        return {}; // the texts are the values, and typing a name not listed is allowed
    const QHash<QString, QStringList> &known = r.source == EnvSource::SecretKey ? form()->knownSecrets() : form()->knownConfigMaps();
    if (column == ValueColumn) {
        switch (r.source) {
        case EnvSource::SecretKey:
        case EnvSource::ConfigMapKey: {
            QStringList names = known.keys();
            names.sort();
            return names;
        }
        case EnvSource::Field:
            // the fields the downward API offers to environment variables
            return QStringList{QStringLiteral("metadata.name"),      QStringLiteral("metadata.namespace"), QStringLiteral("metadata.uid"),
                               QStringLiteral("spec.nodeName"),      QStringLiteral("spec.serviceAccountName"),
                               QStringLiteral("status.hostIP"),      QStringLiteral("status.podIP"), QStringLiteral("status.podIPs")};
        case EnvSource::ResourceField:
            return QStringList{QStringLiteral("limits.cpu"),      QStringLiteral("limits.memory"),   QStringLiteral("limits.ephemeral-storage"),
                               QStringLiteral("requests.cpu"),    QStringLiteral("requests.memory"), QStringLiteral("requests.ephemeral-storage")};
        case EnvSource::Value: break;
        }
        return {};
    }
    if (column == KeyColumn && isReference(r.source)) {
        QStringList keys = known.value(r.value);
        keys.sort();
        return keys;
    }
    return {};
}

Qt::ItemFlags EnvModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = WorkloadTableModel::flags(index);
    if (index.isValid() && index.column() == KeyColumn && !isReference(m_rows.at(index.row()).source))
        f &= ~Qt::ItemIsEditable;
    return f;
}

Result<void> EnvModel::setCell(int row, int column, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return makeError(tr("Not editable that way."));
    switch (column) {
    case NameColumn: return setName(row, value.toString().trimmed());
    case SourceColumn: {
        bool ok = false;
        const int s = value.toInt(&ok);
        if (!ok || s < int(EnvSource::Value) || s > int(EnvSource::ResourceField))
            return makeError(tr("Not a source."));
        return setSource(row, EnvSource(s));
    }
    case ValueColumn: return setValue(row, value.toString());
    case KeyColumn: return setKey(row, value.toString().trimmed());
    }
    return makeError(tr("Not editable."));
}

Result<void> EnvModel::replaceVariable(int row, const QJsonObject &env, const QString &undoText)
{
    return form()->editContainer(
        form()->currentContainer(),
        [&](QJsonObject &c) {
            QJsonArray list = c.value(kEnv).toArray();
            if (env.isEmpty())
                list.removeAt(row);
            else if (row >= list.size())
                list.append(env);
            else
                list.replace(row, env);
            if (list.isEmpty())
                c.remove(kEnv);
            else
                c.insert(kEnv, list);
        },
        undoText);
}

Result<void> EnvModel::addValue(const QString &name, const QString &value)
{
    if (const QStringList p = validation::envVarNameProblems(name); !p.isEmpty())
        return makeError(tr("The variable name %1.").arg(p.join(QStringLiteral("; "))));
    if (form()->containerCount() == 0)
        return makeError(tr("There is no container to set variables in."));
    return replaceVariable(int(m_rows.size()), {{QStringLiteral("name"), name}, {kValue, value}}, tr("Set %1").arg(name));
}

Result<void> EnvModel::addReference(const QString &name, EnvSource source, const QString &object, const QString &key)
{
    if (!isReference(source))
        return makeError(tr("A reference reads a Secret or a ConfigMap."));
    if (const QStringList p = validation::envVarNameProblems(name); !p.isEmpty())
        return makeError(tr("The variable name %1.").arg(p.join(QStringLiteral("; "))));
    if (const QStringList p = validation::dns1123SubdomainProblems(object); !p.isEmpty())
        return makeError(tr("The %1 name %2.").arg(source == EnvSource::SecretKey ? tr("Secret") : tr("ConfigMap"), p.join(QStringLiteral("; "))));
    if (const QStringList p = validation::configMapKeyProblems(key); !p.isEmpty())
        return makeError(tr("The key %1.").arg(p.join(QStringLiteral("; "))));
    if (form()->containerCount() == 0)
        return makeError(tr("There is no container to set variables in."));
    const QJsonObject env{{QStringLiteral("name"), name},
                          {kValueFrom, QJsonObject{{QLatin1String(refField(source)),
                                                    QJsonObject{{QStringLiteral("name"), object}, {QStringLiteral("key"), key}}}}}};
    return replaceVariable(int(m_rows.size()), env, tr("Set %1 from %2 %3").arg(name, object, key));
}

Result<void> EnvModel::removeVariable(int row)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no variable %1.").arg(row));
    return replaceVariable(row, {}, tr("Remove %1").arg(m_rows.at(row).name));
}

Result<void> EnvModel::setName(int row, const QString &name)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no variable %1.").arg(row));
    if (const QStringList p = validation::envVarNameProblems(name); !p.isEmpty())
        return makeError(tr("The variable name %1.").arg(p.join(QStringLiteral("; "))), pathText(cellPath(row, NameColumn)));
    if (m_rows.at(row).name == name)
        return {};
    QJsonObject env = m_rows.at(row).env;
    env.insert(QStringLiteral("name"), name);
    return replaceVariable(row, env, tr("Rename %1 to %2").arg(m_rows.at(row).name, name));
}

Result<void> EnvModel::setValue(int row, const QString &value)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no variable %1.").arg(row));
    const Row &r = m_rows.at(row);
    if (r.value == value)
        return {};
    QJsonObject env = r.env;
    if (r.source == EnvSource::Value) {
        env.insert(kValue, value);
    } else {
        if (value.trimmed().isEmpty())
            return makeError(tr("A reference needs a name."), pathText(cellPath(row, ValueColumn)));
        if (isReference(r.source))
            if (const QStringList p = validation::dns1123SubdomainProblems(value); !p.isEmpty())
                return makeError(tr("The name %1.").arg(p.join(QStringLiteral("; "))), pathText(cellPath(row, ValueColumn)));
        QJsonObject from = env.value(kValueFrom).toObject();
        QJsonObject ref = from.value(QLatin1String(refField(r.source))).toObject();
        ref.insert(QLatin1String(valueField(r.source)), value.trimmed());
        from.insert(QLatin1String(refField(r.source)), ref);
        env.insert(kValueFrom, from);
    }
    return replaceVariable(row, env, tr("Set %1").arg(r.name));
}

Result<void> EnvModel::setKey(int row, const QString &key)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no variable %1.").arg(row));
    const Row &r = m_rows.at(row);
    if (!isReference(r.source))
        return makeError(tr("Only Secret and ConfigMap references have a key."));
    if (const QStringList p = validation::configMapKeyProblems(key); !p.isEmpty())
        return makeError(tr("The key %1.").arg(p.join(QStringLiteral("; "))), pathText(cellPath(row, KeyColumn)));
    if (r.key == key)
        return {};
    QJsonObject env = r.env;
    QJsonObject from = env.value(kValueFrom).toObject();
    QJsonObject ref = from.value(QLatin1String(refField(r.source))).toObject();
    ref.insert(QStringLiteral("key"), key);
    from.insert(QLatin1String(refField(r.source)), ref);
    env.insert(kValueFrom, from);
    return replaceVariable(row, env, tr("Read %1 from key %2").arg(r.name, key));
}

Result<void> EnvModel::setSource(int row, EnvSource source, const QString &object, const QString &key)
{
    if (row < 0 || row >= m_rows.size())
        return makeError(tr("There is no variable %1.").arg(row));
    const Row &r = m_rows.at(row);
    if (source == r.source && object.isEmpty() && key.isEmpty())
        return {};
    QJsonObject env{{QStringLiteral("name"), r.name}};
    // a Secret reference turned into a ConfigMap one keeps its name and key, a literal its text
    const bool bothReferences = isReference(source) && isReference(r.source);
    const QString name = !object.isEmpty() ? object : (bothReferences || source == EnvSource::Value ? r.value : QString());
    const QString refKey = !key.isEmpty() ? key : (bothReferences ? r.key : QString());
    switch (source) {
    case EnvSource::Value: env.insert(kValue, r.source == EnvSource::Value ? r.value : object); break;
    case EnvSource::SecretKey:
    case EnvSource::ConfigMapKey:
        env.insert(kValueFrom, QJsonObject{{QLatin1String(refField(source)), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("key"), refKey}}}});
        break;
    case EnvSource::Field:
        env.insert(kValueFrom, QJsonObject{{QStringLiteral("fieldRef"),
                                            QJsonObject{{QStringLiteral("fieldPath"), object.isEmpty() ? QStringLiteral("metadata.name") : object}}}});
        break;
    case EnvSource::ResourceField:
        env.insert(kValueFrom, QJsonObject{{QStringLiteral("resourceFieldRef"),
                                            QJsonObject{{QStringLiteral("resource"), object.isEmpty() ? QStringLiteral("limits.cpu") : object}}}});
        break;
    }
    return replaceVariable(row, env, tr("Read %1 from a %2").arg(r.name, sourceName(source).toLower()));
}

} // namespace fc::editors

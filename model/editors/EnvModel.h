#pragma once

#include "model/editors/WorkloadForm.h"

namespace fc::editors {

/// Where an environment variable's value comes from.
enum class EnvSource {
    Value,         ///< a literal `value`
    SecretKey,     ///< valueFrom.secretKeyRef {name, key}
    ConfigMapKey,  ///< valueFrom.configMapKeyRef {name, key}
    Field,         ///< valueFrom.fieldRef.fieldPath (shown, edited as text)
    ResourceField, ///< valueFrom.resourceFieldRef.resource
};

/// The environment of the form's current container: one row per env entry — name, source,
/// value (the literal, the referenced Secret/ConfigMap's name, the field path) and the key of a
/// reference. The drop-downs (ChoicesRole) offer the names and keys of
/// WorkloadForm::knownSecrets()/knownConfigMaps(); a name not listed may still be typed.
class EnvModel final : public WorkloadTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, SourceColumn, ValueColumn, KeyColumn, ColumnCount };
    enum Role { SourceRole = FormRoleEnd }; ///< int: EnvSource

    explicit EnvModel(WorkloadForm *form);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    ObjectPath cellPath(int row, int column) const override;
    static QString sourceName(EnvSource source);

    EnvSource source(int row) const { return m_rows.at(row).source; }
    Result<void> addValue(const QString &name, const QString &value);
    /// A variable from a Secret's or ConfigMap's key (source SecretKey or ConfigMapKey).
    Result<void> addReference(const QString &name, EnvSource source, const QString &object, const QString &key);
    Result<void> removeVariable(int row);
    Result<void> setName(int row, const QString &name);
    /// The literal value, the referenced object's name, or the field path, by the row's source.
    Result<void> setValue(int row, const QString &value);
    Result<void> setKey(int row, const QString &key);
    /// Switches a variable to another source (a literal keeps its text as the value).
    Result<void> setSource(int row, EnvSource source, const QString &object = {}, const QString &key = {});

protected:
    int rows() const override { return int(m_rows.size()); }
    int columns() const override { return ColumnCount; }
    QVariant cellData(int row, int column, int role) const override;
    Result<void> setCell(int row, int column, const QVariant &value, int role) override;
    ObjectPath rowPath(int row) const override;
    void reload() override;

private:
    struct Row {
        QJsonObject env;
        EnvSource source = EnvSource::Value;
        QString name;
        QString value; ///< literal, object name, field path or resource
        QString key;
        bool operator==(const Row &) const = default;
    };
    Result<void> replaceVariable(int row, const QJsonObject &env, const QString &undoText);
    /// ChoicesRole/ChoiceValuesRole/ChoicesOnlyRole of a cell: the sources; the known Secrets or
    /// ConfigMaps and their keys; the downward API's fields and resources.
    QVariant choices(const Row &r, int column, int role) const;
    QList<Row> m_rows;
};

} // namespace fc::editors

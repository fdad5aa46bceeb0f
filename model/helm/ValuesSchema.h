#pragma once

#include "backend/core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace fc {

/// One way the values break a chart's schema.
struct SchemaViolation {
    QString path;    ///< JSON pointer of the offending value: "/envoy/port", "/shards/2", "" for the root
    QString message; ///< plain English, as helm words it: "must be integer, got string"
    bool operator==(const SchemaViolation &) const = default;
};

/// A chart's values.schema.json, checked the way `helm install/upgrade/template/lint` check
/// the values (JSON Schema draft-07, plus the 2019-09/2020-12 keywords Helm 4 accepts:
/// $defs, dependentRequired, prefixItems), so the install dialog can flag a value while the
/// user types instead of after helm refuses the release.
///
/// Supported: boolean schemas, type, enum, const, properties, patternProperties,
/// additionalProperties, required, propertyNames, min/maxProperties, dependencies,
/// dependentRequired, items (schema or tuple), additionalItems, prefixItems, contains,
/// min/maxItems, uniqueItems, minimum, maximum, exclusiveMinimum/Maximum (number and the old
/// boolean form), multipleOf, min/maxLength (code points), pattern (searched, not anchored),
/// allOf, anyOf, oneOf, not, if/then/else, and $ref to this document ("#", "#/definitions/x",
/// "#/$defs/x"). "format" is an annotation, as in helm, and unknown keywords are ignored.
/// A $ref to another document (a URL) cannot be followed offline and accepts any value.
/// With "$schema" naming draft-07 or older, keywords beside a $ref are ignored, as the draft says.
/// parse() also checks the schema itself as helm does before it renders anything: each keyword's
/// value against the metaschema of the draft "$schema" names (2020-12 when it names none), so a
/// chart whose schema helm would refuse ("type": "int", "required": "name", draft-04's boolean
/// exclusiveMinimum without that draft named) is refused here with the same path.
///
/// Violations come in a fixed order (keywords in a fixed order, object keys sorted) and at
/// most MaxViolations of them: a user who pasted the wrong file needs the first few.
class ValuesSchema {
public:
    static constexpr int MaxViolations = 50;

    /// The schema in `json`. Errors: not JSON, not an object (or boolean schema), a pattern
    /// QRegularExpression cannot compile, a local $ref that points nowhere.
    static Result<ValuesSchema> parse(const QByteArray &json);

    /// Every violation of the schema by `values`, empty when they conform.
    QList<SchemaViolation> validate(const QJsonValue &values) const;

    /// What helm checks: the user's values merged over the chart's defaults (mergeValues, so a
    /// null removes a default), not the user's values alone: a required key the chart's
    /// values.yaml already sets need not be typed again.
    static QList<SchemaViolation> validateMerged(const ValuesSchema &schema, const QJsonObject &chartDefaults,
                                                 const QJsonObject &userValues);

private:
    QJsonValue m_root;
    bool m_refOverridesSiblings = false; ///< draft-07 and older: a $ref's siblings are ignored
    QHash<QString, QRegularExpression> m_patterns; ///< compiled once at parse: validate runs per keystroke
};

} // namespace fc

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Stackdraft::Plugins {

// Writes HCL exactly as `terraform fmt` would: two-space indents, and the `=` of consecutive
// one-line attributes aligned (a blank line, a comment or a bracket line ends such a run, as in
// hclwrite). Callers write one-line values only; multi-line values are opened and closed
// explicitly.
class HclWriter final
{
public:
    void attribute(const QString &name, const QString &value);
    // `header` + " {", e.g. `resource "aws_vpc" "main"` or `tags =` or `jsonencode([` with
    // close("])").
    void open(const QString &header);
    void openBare(const QString &line); // a line that opens a level as it is, e.g. "{" or "name =
                                        // jsonencode(["
    void close(const QString &closer = QStringLiteral("}"));
    void comment(const QString &text); // "# text", one line per line of text
    void blank();
    // `tags = { Name = <nameExpression> }`, the one tag every named AWS resource carries.
    void nameTag(const QString &nameExpression);
    QString text();

    // A quoted HCL string holding `text` literally (quotes, backslashes, "${" and "%{" escaped).
    static QString string(const QString &text);
    // A quoted HCL template: `parts` alternate literal text (escaped) and expressions written as
    // "${expr}".
    static QString
    interpolate(const QList<QPair<QString, QString>> &parts); // (text, expression) pairs
    static QString list(const QStringList &items); // [a, b] (items are expressions)
    // An identifier Terraform accepts for a resource, variable or object key: [a-z0-9_], not
    // starting with a digit ("api-gateway" -> "api_gateway").
    static QString identifier(const QString &text);

private:
    void flush();
    void line(const QString &text);

    QList<QPair<QString, QString>> m_run; // one-line attributes waiting to be aligned
    QString m_out;
    int m_depth = 0;
    bool m_lastBlank = true; // no blank line at the top or twice in a row
};

} // namespace Stackdraft::Plugins

#pragma once

#include "core/model/environment.h"

#include <QWidget>

#include <memory>

namespace Ui {
class UsageAssumptionsForm;
}

namespace Stackdraft::App {

// The usage figures of one environment (ui/usageassumptionsform.ui): the settings dialog's
// "Usage assumptions" group and the Cost dock's Assumptions tab are this form.
class UsageAssumptionsForm final : public QWidget
{
    Q_OBJECT

public:
    explicit UsageAssumptionsForm(QWidget *parent = nullptr);
    ~UsageAssumptionsForm() override;

    Core::UsageAssumptions usage() const;
    // Shows `usage` without emitting edited(). A figure that already shows its value is left
    // alone, so a number being typed keeps its text and cursor while its edits come back.
    void setUsage(const Core::UsageAssumptions &usage);

    // Labels without Alt+letter mnemonics: in a dock they would compete with the menu bar's.
    void removeMnemonics();

signals:
    // The user changed one figure; `field` names it as the form does ("logRetentionDays").
    void edited(const QString &field);

private:
    std::unique_ptr<Ui::UsageAssumptionsForm> m_ui;
};

} // namespace Stackdraft::App

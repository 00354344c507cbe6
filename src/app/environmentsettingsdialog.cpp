#include "app/environmentsettingsdialog.h"

#include "app/quantityfield.h"
#include "app/usageassumptionsform.h"
#include "core/cost/pricebooks.h"
#include "core/cost/pricebookstrings.h"
#include "ui_environmentsettingsdialog.h"

#include <QPushButton>

namespace Stackdraft::App {

EnvironmentSettingsDialog::EnvironmentSettingsDialog(const Core::Environment &environment,
                                                     const Core::PriceBooks &priceBooks,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EnvironmentSettingsDialog>())
    , m_environment(environment)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Environment Settings — %1").arg(environment.displayName()));
    m_ui->environmentId->setText(environment.id);
    m_ui->label->setText(environment.label);
    m_ui->label->setPlaceholderText(environment.id);
    m_ui->purpose->setText(environment.purpose);
    m_ui->security->setText(environment.security);

    for (Core::Platform platform :
         {Core::Platform::Compose, Core::Platform::Kubernetes, Core::Platform::AwsEcs}) {
        const QString id = Core::platformId(platform);
        const QString name = platform == Core::Platform::Compose ? tr("Docker Compose")
            : platform == Core::Platform::Kubernetes             ? tr("Kubernetes")
                                                                 : tr("AWS ECS (Fargate)");
        m_ui->platform->addItem(name, id);
    }
    m_ui->platform->setCurrentIndex(
        m_ui->platform->findData(Core::platformId(environment.platform)));
    m_ui->region->setText(environment.region);

    m_ui->priceBook->addItem(tr("None"), QString());
    for (const Core::PriceBook &book : priceBooks.books())
        m_ui->priceBook->addItem(
            tr("%1 (%2)").arg(Core::PriceBookStrings::text(book.label()).toString(), book.id()),
            book.id());
    int book = m_ui->priceBook->findData(environment.priceBook);
    if (book < 0) { // a book this installation does not have: keep it, say so
        m_ui->priceBook->addItem(tr("%1 (not installed)").arg(environment.priceBook),
                                 environment.priceBook);
        book = m_ui->priceBook->count() - 1;
    }
    m_ui->priceBook->setCurrentIndex(book);

    m_ui->budgetCpu->setText(
        QuantityField::format(QuantityField::Unit::Cpu, environment.budget.cpu));
    m_ui->budgetMemory->setText(
        QuantityField::format(QuantityField::Unit::Memory, environment.budget.memory));
    m_ui->budgetCost->setValue(environment.budget.monthlyCost);
    m_ui->usageForm->setUsage(environment.usage);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EnvironmentSettingsDialog::accept);
    connect(m_ui->budgetCpu, &QLineEdit::textChanged, this, &EnvironmentSettingsDialog::validate);
    connect(m_ui->budgetMemory, &QLineEdit::textChanged, this,
            &EnvironmentSettingsDialog::validate);
    validate();
}

EnvironmentSettingsDialog::~EnvironmentSettingsDialog() = default;

bool EnvironmentSettingsDialog::validate()
{
    const QuantityField cpu
        = QuantityField::parse(QuantityField::Unit::Cpu, m_ui->budgetCpu->text());
    const QuantityField memory
        = QuantityField::parse(QuantityField::Unit::Memory, m_ui->budgetMemory->text());
    QStringList errors;
    if (!cpu.value)
        errors << tr("CPU budget: %1").arg(cpu.error);
    if (!memory.value)
        errors << tr("Memory budget: %1").arg(memory.error);
    m_ui->errorLabel->setText(errors.join(QLatin1Char('\n')));
    m_ui->errorLabel->setVisible(!errors.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
    return errors.isEmpty();
}

QString EnvironmentSettingsDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void EnvironmentSettingsDialog::accept()
{
    if (validate())
        QDialog::accept();
}

Core::Environment EnvironmentSettingsDialog::environment() const
{
    Core::Environment environment = m_environment;
    environment.label = m_ui->label->text().trimmed();
    environment.purpose = m_ui->purpose->text().trimmed();
    environment.security = m_ui->security->text().trimmed();
    environment.platform = Core::platformFromId(m_ui->platform->currentData().toString())
                               .value_or(environment.platform);
    environment.region = m_ui->region->text().trimmed();
    environment.priceBook = m_ui->priceBook->currentData().toString();
    // Fields that do not parse keep the value they had (accept() refuses them anyway).
    environment.budget.cpu = QuantityField::parse(QuantityField::Unit::Cpu, m_ui->budgetCpu->text())
                                 .value.value_or(environment.budget.cpu);
    environment.budget.memory
        = QuantityField::parse(QuantityField::Unit::Memory, m_ui->budgetMemory->text())
              .value.value_or(environment.budget.memory);
    environment.budget.monthlyCost = m_ui->budgetCost->value();
    environment.usage = m_ui->usageForm->usage();
    return environment;
}

} // namespace Stackdraft::App

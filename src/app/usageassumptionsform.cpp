#include "app/usageassumptionsform.h"

#include "ui_usageassumptionsform.h"

#include <QLabel>

namespace Stackdraft::App {
namespace {

template<typename SpinBox, typename Value> void showValue(SpinBox *box, Value value)
{
    if (box->value() != value)
        box->setValue(value);
}

} // namespace

UsageAssumptionsForm::UsageAssumptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsageAssumptionsForm>())
{
    m_ui->setupUi(this);
    for (QDoubleSpinBox *box :
         {m_ui->dataTransferOutGb, m_ui->logIngestionGb, m_ui->loadBalancerCapacityUnits,
          m_ui->imageStorageGb, m_ui->objectStorageGb}) {
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, box] { emit edited(box->objectName()); });
    }
    connect(m_ui->logRetentionDays, &QSpinBox::valueChanged, this,
            [this] { emit edited(m_ui->logRetentionDays->objectName()); });
}

UsageAssumptionsForm::~UsageAssumptionsForm() = default;

Core::UsageAssumptions UsageAssumptionsForm::usage() const
{
    Core::UsageAssumptions usage;
    usage.dataTransferOutGb = m_ui->dataTransferOutGb->value();
    usage.logIngestionGb = m_ui->logIngestionGb->value();
    usage.logRetentionDays = m_ui->logRetentionDays->value();
    usage.loadBalancerCapacityUnits = m_ui->loadBalancerCapacityUnits->value();
    usage.imageStorageGb = m_ui->imageStorageGb->value();
    usage.objectStorageGb = m_ui->objectStorageGb->value();
    return usage;
}

void UsageAssumptionsForm::setUsage(const Core::UsageAssumptions &usage)
{
    const QSignalBlocker blockTransfer(m_ui->dataTransferOutGb);
    const QSignalBlocker blockIngestion(m_ui->logIngestionGb);
    const QSignalBlocker blockRetention(m_ui->logRetentionDays);
    const QSignalBlocker blockUnits(m_ui->loadBalancerCapacityUnits);
    const QSignalBlocker blockImages(m_ui->imageStorageGb);
    const QSignalBlocker blockObjects(m_ui->objectStorageGb);
    showValue(m_ui->dataTransferOutGb, usage.dataTransferOutGb);
    showValue(m_ui->logIngestionGb, usage.logIngestionGb);
    showValue(m_ui->logRetentionDays, usage.logRetentionDays);
    showValue(m_ui->loadBalancerCapacityUnits, usage.loadBalancerCapacityUnits);
    showValue(m_ui->imageStorageGb, usage.imageStorageGb);
    showValue(m_ui->objectStorageGb, usage.objectStorageGb);
}

void UsageAssumptionsForm::removeMnemonics()
{
    for (QLabel *label : findChildren<QLabel *>()) {
        QString text = label->text();
        text.replace(QLatin1String("&&"), QLatin1String("\x01")); // a literal ampersand stays
        text.remove(QLatin1Char('&'));
        label->setText(text.replace(QLatin1Char('\x01'), QLatin1String("&&")));
    }
}

} // namespace Stackdraft::App

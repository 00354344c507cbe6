#include "core/validation/rules/standardrules.h"

namespace Stackdraft::Core::Rules {

std::vector<std::unique_ptr<Rule>> standardRules()
{
    std::vector<std::unique_ptr<Rule>> rules;
    rules.push_back(makeDnsNameRule());
    rules.push_back(makeRequestsLimitsRule());
    rules.push_back(makeMinimumResourcesRule());
    rules.push_back(makeFargateSizeRule());
    rules.push_back(makeSharedVolumeRule());
    rules.push_back(makeAutoscalingRule());
    rules.push_back(makeQueueAutoscalingRule());
    rules.push_back(makeComposePortsRule());
    rules.push_back(makeRequiredEnvRule());
    rules.push_back(makePlaintextSecretRule());
    rules.push_back(makeExposedDataStoreRule());
    rules.push_back(makeInactiveConnectionRule());
    rules.push_back(makeBudgetCpuRule());
    rules.push_back(makeBudgetMemoryRule());
    rules.push_back(makeBudgetCostRule());
    rules.push_back(makeProdReplicasRule());
    rules.push_back(makeProdBackupRule());
    rules.push_back(makeBackupPolicyRule());
    rules.push_back(makeBackupNoDataRule());
    rules.push_back(makeProdTlsRule());
    rules.push_back(makeDocumentDbTlsRule());
    rules.push_back(makeProdHealthRule());
    rules.push_back(makeProdMonitoringRule());
    rules.push_back(makeReplicationRule());
    rules.push_back(makeUnresolvedVariableRule());
    rules.push_back(makeBucketCreationRule());
    rules.push_back(makeMissingImageRule());
    rules.push_back(makeMountedFileRule());
    rules.push_back(makeSearchClientRule());
    return rules;
}

} // namespace Stackdraft::Core::Rules

#pragma once

#include "core/validation/rule.h"

#include <memory>
#include <vector>

namespace Stackdraft::Core::Rules {

// Each rule lives in its own file; these make them. docs/validation.md describes every one.
std::unique_ptr<Rule> makeBudgetCpuRule();
std::unique_ptr<Rule> makeBudgetMemoryRule();
std::unique_ptr<Rule> makeBudgetCostRule();
std::unique_ptr<Rule> makeMinimumResourcesRule();
std::unique_ptr<Rule> makeDnsNameRule();
std::unique_ptr<Rule> makeComposePortsRule();
std::unique_ptr<Rule> makeInactiveConnectionRule();
std::unique_ptr<Rule> makeRequiredEnvRule();
std::unique_ptr<Rule> makePlaintextSecretRule();
std::unique_ptr<Rule> makeProdReplicasRule();
std::unique_ptr<Rule> makeProdBackupRule();
std::unique_ptr<Rule> makeBackupPolicyRule(); // backuppolicyrule.cpp
std::unique_ptr<Rule> makeBackupNoDataRule(); // backuppolicyrule.cpp
std::unique_ptr<Rule> makeQueueAutoscalingRule();
std::unique_ptr<Rule> makeProdTlsRule();
std::unique_ptr<Rule> makeProdHealthRule();
std::unique_ptr<Rule> makeProdMonitoringRule();
std::unique_ptr<Rule> makeReplicationRule();
std::unique_ptr<Rule> makeUnresolvedVariableRule();
std::unique_ptr<Rule> makeBucketCreationRule();
std::unique_ptr<Rule> makeMissingImageRule();
std::unique_ptr<Rule> makeMountedFileRule();
std::unique_ptr<Rule> makeSearchClientRule();
std::unique_ptr<Rule> makeAutoscalingRule();
std::unique_ptr<Rule> makeFargateSizeRule();
std::unique_ptr<Rule> makeSharedVolumeRule();
std::unique_ptr<Rule> makeRequestsLimitsRule();
std::unique_ptr<Rule> makeExposedDataStoreRule();
std::unique_ptr<Rule> makeDocumentDbTlsRule(); // documentdbtlsrule.cpp

// All of the above, in the order problems are reported.
std::vector<std::unique_ptr<Rule>> standardRules();

} // namespace Stackdraft::Core::Rules

// Validates Kubernetes objects: every *.yaml / *.yml under DIR is one set of objects (for instance the
// output of `kubectl kustomize overlays/<env>`). Each object is checked by npm `kubernetes-models` (types,
// required fields), then field by field against the API's declared fields (unknown fields rejected), then
// for what the API server or the controllers would refuse or silently break: selectors that miss their pod
// template, requests above limits, malformed quantities and names, references to Services, ConfigMaps and
// scale targets that are not in the set, Secrets carrying values. Custom resources are judged by their
// operators' CRD schemas (crds/, see crd-schemas.mjs).
// Usage: node check-k8s.mjs DIR    Prints one line per problem; exit 0 ok, 1 problems, 2 nothing found.
import fs from 'node:fs';
import { Report, usageDir, findFiles, parseYamlDocuments, jsonPointerToPath, ajvErrorText, relative } from './lib.mjs';
import { topLevelType, checkObject, declaredTypes } from './k8s-fields.mjs';
import { customResourceValidator } from './crd-schemas.mjs';

// Custom resources whose models are published on npm rather than as CRD files (crds/): the package
// that models each API group.
const MODEL_PACKAGES = { 'keda.sh': '@kubernetes-models/keda' };

const modelCache = new Map();
async function modelClass(apiVersion, kind) {
    const key = `${apiVersion}/${kind}`;
    if (!modelCache.has(key)) {
        let cls = null;
        if (/^[a-z0-9.]*\/?v\d+[a-z0-9]*$/.test(apiVersion) && /^[A-Z]\w*$/.test(kind)) {
            const pkg = MODEL_PACKAGES[apiVersion.split('/')[0]] ?? 'kubernetes-models';
            try {
                const mod = await import(`${pkg}/${apiVersion}/${kind}`);
                cls = mod[kind] ?? null;
            } catch {
                cls = null;
            }
        }
        modelCache.set(key, cls);
    }
    return modelCache.get(key);
}

const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const SUFFIX = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
    Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };

function quantityValue(q) {
    const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)([a-zA-Z]*)$/.exec(String(q));
    return m && m[2] in SUFFIX ? Number(m[1]) * SUFFIX[m[2]] : NaN;
}

const podTemplateOf = (obj) => (obj.kind === 'CronJob' ? obj.spec?.jobTemplate?.spec?.template
    : ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(obj.kind) ? obj.spec?.template
        : obj.kind === 'Pod' ? obj : null);

function labelsMatch(selector, labels) {
    return Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
}

function checkContainers(obj, podSpec, at, configMaps, problem) {
    for (const listName of ['initContainers', 'containers']) {
        (podSpec?.[listName] ?? []).forEach((c, i) => {
            const where = `${at}.${listName}[${i}]`;
            const res = c.resources ?? {};
            for (const kindOf of ['requests', 'limits']) {
                for (const [r, q] of Object.entries(res[kindOf] ?? {})) {
                    if (!QUANTITY.test(String(q))) problem(`${where}.resources.${kindOf}.${r}`, `"${q}" is not a quantity`);
                }
            }
            for (const [r, q] of Object.entries(res.requests ?? {})) {
                const limit = res.limits?.[r];
                if (limit !== undefined && quantityValue(q) > quantityValue(limit)) {
                    problem(`${where}.resources.requests.${r}`, `request ${q} is above the limit ${limit}`);
                }
            }
            (c.env ?? []).forEach((e, j) => {
                const ref = e.valueFrom?.configMapKeyRef;
                if (ref && !ref.optional) {
                    const cm = configMaps.get(ref.name);
                    if (!cm) problem(`${where}.env[${j}]`, `ConfigMap "${ref.name}" is not in the set`);
                    else if (!(ref.key in (cm.data ?? {})) && !(ref.key in (cm.binaryData ?? {}))) {
                        problem(`${where}.env[${j}]`, `ConfigMap "${ref.name}" has no key "${ref.key}"`);
                    }
                }
            });
            (c.envFrom ?? []).forEach((e, j) => {
                const ref = e.configMapRef;
                if (ref && !ref.optional && !configMaps.has(ref.name)) {
                    problem(`${where}.envFrom[${j}]`, `ConfigMap "${ref.name}" is not in the set`);
                }
            });
        });
    }
}

// A KEDA ScaledObject drives its own HorizontalPodAutoscaler: its target must be in the set, no other
// HPA may scale the same workload (they would fight), and every trigger's authentication and
// `*FromEnv` variable must exist.
function checkScaledObject(obj, objects, problem) {
    if (obj.kind !== 'ScaledObject') return;
    const ref = obj.spec?.scaleTargetRef ?? {};
    const kind = ref.kind ?? 'Deployment';
    const target = objects.find((o) => o.kind === kind && o.metadata?.name === ref.name);
    if (!target) {
        problem('spec.scaleTargetRef', `${kind} "${ref.name}" is not in the set`);
        return;
    }
    const hpa = objects.find((o) => o.kind === 'HorizontalPodAutoscaler'
        && o.spec?.scaleTargetRef?.kind === kind && o.spec?.scaleTargetRef?.name === ref.name);
    if (hpa) problem('spec.scaleTargetRef', `${kind} "${ref.name}" is also scaled by HorizontalPodAutoscaler "${hpa.metadata?.name}"`);
    if ((obj.spec?.minReplicaCount ?? 0) > (obj.spec?.maxReplicaCount ?? 100)) {
        problem('spec.minReplicaCount', 'is above spec.maxReplicaCount');
    }
    const containers = podTemplateOf(target)?.spec?.containers ?? [];
    // KEDA resolves a *FromEnv name as the container does: its `env`, then the keys of the
    // ConfigMaps and Secrets of its `envFrom` (only those in the set can be checked).
    const keysOf = (source) => {
        const cm = source.configMapRef?.name;
        const secret = source.secretRef?.name;
        const found = objects.find((o) => (cm && o.kind === 'ConfigMap' && o.metadata?.name === cm)
            || (secret && o.kind === 'Secret' && o.metadata?.name === secret));
        const keys = Object.keys({ ...(found?.data ?? {}), ...(found?.stringData ?? {}) });
        return keys.map((k) => (source.prefix ?? '') + k);
    };
    const hasVariable = (c, name) => (c.env ?? []).some((e) => e.name === name)
        || (c.envFrom ?? []).some((source) => keysOf(source).includes(name));
    (obj.spec?.triggers ?? []).forEach((t, i) => {
        for (const [k, v] of Object.entries(t.metadata ?? {})) {
            if (!k.endsWith('FromEnv')) continue;
            if (!containers.some((c) => hasVariable(c, v))) {
                problem(`spec.triggers[${i}].metadata.${k}`, `no container of ${kind} "${ref.name}" has a variable "${v}"`);
            }
        }
        const auth = t.authenticationRef?.name;
        if (auth && !objects.some((o) => o.kind === 'TriggerAuthentication' && o.metadata?.name === auth)) {
            problem(`spec.triggers[${i}].authenticationRef`, `TriggerAuthentication "${auth}" is not in the set`);
        }
    });
}

async function checkSet(file, objects, report) {
    const shown = relative(file);
    const byKind = (kind) => new Map(objects.filter((o) => o.kind === kind).map((o) => [o.metadata?.name, o]));
    const configMaps = byKind('ConfigMap');
    const services = byKind('Service');
    const seen = new Set();

    for (const obj of objects) {
        const name = obj?.metadata?.name;
        const id = `${obj?.kind ?? '?'}/${name ?? '?'}${obj?.metadata?.namespace ? ` (namespace ${obj.metadata.namespace})` : ''}`;
        const problem = (field, message) => report.problem(shown, field ? `${id}: ${field}` : id, message);
        report.checked += 1;
        if (!obj?.apiVersion || !obj?.kind) {
            problem('', 'object without apiVersion or kind');
            continue;
        }
        const key = `${obj.apiVersion}|${obj.kind}|${obj.metadata?.namespace ?? ''}|${name}`;
        if (seen.has(key)) problem('', 'defined twice');
        seen.add(key);

        const custom = customResourceValidator(obj.apiVersion, obj.kind);
        if (custom) {
            // A custom resource: its operator's CRD schema (crds/), unknown fields refused.
            if (!custom.validate(obj)) {
                for (const e of custom.validate.errors) {
                    problem(jsonPointerToPath(e.instancePath), `${custom.file}: ${ajvErrorText(e)}`);
                }
            }
            if (!name) problem('metadata.name', 'missing');
            else if (name.length > 63 || !DNS_LABEL.test(name)) problem('metadata.name', `"${name}" is not a DNS-1035 label`);
            continue;
        }
        const Model = await modelClass(obj.apiVersion, obj.kind);
        if (Model && MODEL_PACKAGES[obj.apiVersion.split('/')[0]]) {
            // A custom resource modelled on npm: its package's schema, then its references.
            try {
                new Model(obj).validate();
            } catch (err) {
                for (const e of err.errors ?? [{ instancePath: '', message: err.message }]) {
                    problem(jsonPointerToPath(e.instancePath), `${MODEL_PACKAGES[obj.apiVersion.split('/')[0]]}: ${e.message}`);
                }
            }
            if (!name) problem('metadata.name', 'missing');
            checkScaledObject(obj, objects, problem);
            continue;
        }
        const def = topLevelType(obj.apiVersion, obj.kind);
        if (!Model || !def) {
            problem('', `unknown apiVersion/kind ${obj.apiVersion} ${obj.kind}`);
            continue;
        }
        try {
            new Model(obj).validate();
        } catch (err) {
            for (const e of err.errors ?? [{ instancePath: '', message: err.message }]) {
                problem(jsonPointerToPath(e.instancePath), `kubernetes-models: ${e.message}`);
            }
        }
        checkObject(obj, def, '', (field, message) => problem(field, message));

        if (!name) problem('metadata.name', 'missing');
        else if (name.length > 253 || !DNS_SUBDOMAIN.test(name)) problem('metadata.name', `"${name}" is not a DNS-1123 name`);
        else if (obj.kind === 'Service' && (name.length > 63 || !DNS_LABEL.test(name))) {
            problem('metadata.name', `"${name}" is not a DNS-1035 label (Service names must be)`);
        }

        const template = podTemplateOf(obj);
        if (template && obj.kind !== 'Pod' && obj.kind !== 'Job' && obj.kind !== 'CronJob') {
            const sel = obj.spec?.selector?.matchLabels;
            if (!sel || Object.keys(sel).length === 0) problem('spec.selector', 'has no matchLabels');
            else if (!labelsMatch(sel, template.metadata?.labels)) {
                problem('spec.selector.matchLabels', 'does not match spec.template.metadata.labels');
            }
        }
        if (template) {
            checkContainers(obj, template.spec, obj.kind === 'Pod' ? 'spec' : 'spec.template.spec', configMaps, problem);
        }
        if (obj.kind === 'StatefulSet' && obj.spec?.serviceName && !services.has(obj.spec.serviceName)) {
            problem('spec.serviceName', `Service "${obj.spec.serviceName}" is not in the set`);
        }
        if (obj.kind === 'Service' && obj.spec?.selector && obj.spec?.type !== 'ExternalName') {
            const selected = objects.some((o) => {
                const t = podTemplateOf(o);
                return t && labelsMatch(obj.spec.selector, t.metadata?.labels);
            });
            if (!selected) problem('spec.selector', 'selects no pod template in the set');
        }
        if (obj.kind === 'HorizontalPodAutoscaler') {
            const ref = obj.spec?.scaleTargetRef;
            const target = objects.find((o) => o.kind === ref?.kind && o.metadata?.name === ref?.name);
            if (!target) problem('spec.scaleTargetRef', `${ref?.kind} "${ref?.name}" is not in the set`);
            if ((obj.spec?.minReplicas ?? 1) > obj.spec?.maxReplicas) {
                problem('spec.minReplicas', 'is above spec.maxReplicas');
            }
        }
        if (obj.kind === 'Ingress') {
            const backends = [];
            if (obj.spec?.defaultBackend?.service) backends.push(['spec.defaultBackend', obj.spec.defaultBackend.service]);
            (obj.spec?.rules ?? []).forEach((rule, i) => (rule.http?.paths ?? []).forEach((p, j) => {
                if (p.backend?.service) backends.push([`spec.rules[${i}].http.paths[${j}].backend`, p.backend.service]);
            }));
            for (const [where, svcRef] of backends) {
                const svc = services.get(svcRef.name);
                if (!svc) {
                    problem(where, `Service "${svcRef.name}" is not in the set`);
                    continue;
                }
                const ports = svc.spec?.ports ?? [];
                const ok = svcRef.port?.number !== undefined ? ports.some((p) => p.port === svcRef.port.number)
                    : ports.some((p) => p.name === svcRef.port?.name);
                if (!ok) problem(where, `Service "${svcRef.name}" has no port ${JSON.stringify(svcRef.port)}`);
            }
        }
        if (obj.kind === 'Secret') {
            for (const field of ['data', 'stringData']) {
                for (const [k, v] of Object.entries(obj[field] ?? {})) {
                    if (v !== '' && v !== null) problem(`${field}.${k}`, 'a generated Secret must not carry a value');
                }
            }
        }
    }
}

const dir = usageDir('check-k8s.mjs');
const report = new Report('check-k8s');
if (declaredTypes() === 0) {
    console.log('internal error in the validator: no Kubernetes type declarations found in node_modules');
    process.exit(3);
}
for (const file of findFiles(dir, (_, name) => /\.ya?ml$/.test(name))) {
    const { docs, errors } = parseYamlDocuments(fs.readFileSync(file, 'utf8'));
    errors.forEach((e) => report.problem(relative(file), '', `YAML: ${e}`));
    const objects = docs.flatMap((d) => (d?.kind === 'List' && Array.isArray(d.items) ? d.items : [d]))
        .filter((d) => d?.kind !== 'Kustomization');
    await checkSet(file, objects, report);
}
report.finish('Kubernetes object(s)');

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Catalog</name>
    <message>
        <source>Admin UI</source>
        <translation>Interface de administração</translation>
    </message>
    <message>
        <source>A web console to inspect a data store (Adminer, Redis Commander, Mongo Express).</source>
        <translation>Console web para inspecionar um repositório de dados (Adminer, Redis Commander, Mongo Express).</translation>
    </message>
    <message>
        <source>Alertmanager</source>
        <translation>Alertmanager</translation>
    </message>
    <message>
        <source>Groups Prometheus alerts and routes them to e-mail, chat or paging.</source>
        <translation>Agrupa os alertas do Prometheus e os encaminha para e-mail, chat ou plantão.</translation>
    </message>
    <message>
        <source>API gateway</source>
        <translation>Gateway de API</translation>
    </message>
    <message>
        <source>Single entry point for the APIs; routes requests, authenticates and rate-limits them.</source>
        <translation>Ponto único de entrada das APIs; roteia as requisições, autentica e limita a taxa delas.</translation>
    </message>
    <message>
        <source>Backend service</source>
        <translation>Serviço de backend</translation>
    </message>
    <message>
        <source>An HTTP API or application server holding the business logic.</source>
        <translation>Uma API HTTP ou servidor de aplicação que contém a lógica de negócio.</translation>
    </message>
    <message>
        <source>CDN</source>
        <translation>CDN</translation>
    </message>
    <message>
        <source>Content delivery network that caches static assets close to users.</source>
        <translation>Rede de distribuição de conteúdo que mantém em cache os arquivos estáticos perto dos usuários.</translation>
    </message>
    <message>
        <source>Elasticsearch</source>
        <translation>Elasticsearch</translation>
    </message>
    <message>
        <source>Search and analytics engine; also stores logs for Kibana.</source>
        <translation>Mecanismo de busca e análise; também armazena logs para o Kibana.</translation>
    </message>
    <message>
        <source>End users</source>
        <translation>Usuários finais</translation>
    </message>
    <message>
        <source>People using the system from their browsers or apps; shows where traffic comes from.</source>
        <translation>Pessoas que usam o sistema pelo navegador ou por aplicativos; mostra de onde vem o tráfego.</translation>
    </message>
    <message>
        <source>External service</source>
        <translation>Serviço externo</translation>
    </message>
    <message>
        <source>A third-party API or system outside this infrastructure (payment provider, AI API, SaaS).</source>
        <translation>Uma API ou sistema de terceiros fora desta infraestrutura (provedor de pagamentos, API de IA, SaaS).</translation>
    </message>
    <message>
        <source>Grafana</source>
        <translation>Grafana</translation>
    </message>
    <message>
        <source>Dashboards over metrics, logs and traces.</source>
        <translation>Painéis sobre métricas, logs e rastreamentos.</translation>
    </message>
    <message>
        <source>Jaeger</source>
        <translation>Jaeger</translation>
    </message>
    <message>
        <source>Distributed tracing; receives OpenTelemetry spans and shows request paths across services.</source>
        <translation>Rastreamento distribuído; recebe spans do OpenTelemetry e mostra o caminho das requisições entre os serviços.</translation>
    </message>
    <message>
        <source>Kibana</source>
        <translation>Kibana</translation>
    </message>
    <message>
        <source>Explores and visualises the logs and data held in Elasticsearch.</source>
        <translation>Explora e visualiza os logs e dados guardados no Elasticsearch.</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>Spreads incoming HTTP(S) traffic over the replicas behind it and terminates TLS.</source>
        <translation>Distribui o tráfego HTTP(S) recebido entre as réplicas atrás dele e termina o TLS.</translation>
    </message>
    <message>
        <source>Log pipeline</source>
        <translation>Pipeline de logs</translation>
    </message>
    <message>
        <source>Collects, parses and ships logs to their store (Logstash, Fluent Bit; CloudWatch Logs on AWS).</source>
        <translation>Coleta, interpreta e envia os logs ao seu armazenamento (Logstash, Fluent Bit; CloudWatch Logs na AWS).</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Document database (MongoDB 7).</source>
        <translation>Banco de dados de documentos (MongoDB 7).</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>Relational database (MySQL 8).</source>
        <translation>Banco de dados relacional (MySQL 8).</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Armazenamento de objetos</translation>
    </message>
    <message>
        <source>S3-compatible storage for files and media (MinIO on containers, Amazon S3 on AWS).</source>
        <translation>Armazenamento compatível com S3 para arquivos e mídia (MinIO em contêineres, Amazon S3 na AWS).</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Relational database (PostgreSQL 16).</source>
        <translation>Banco de dados relacional (PostgreSQL 16).</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Collects and stores metrics by scraping the services.</source>
        <translation>Coleta e armazena métricas consultando os serviços.</translation>
    </message>
    <message>
        <source>RabbitMQ</source>
        <translation>RabbitMQ</translation>
    </message>
    <message>
        <source>Message broker (AMQP) that queues work between services.</source>
        <translation>Broker de mensagens (AMQP) que enfileira trabalho entre os serviços.</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>In-memory key-value store for caches, sessions and queues (Redis 7).</source>
        <translation>Armazenamento chave-valor em memória para caches, sessões e filas (Redis 7).</translation>
    </message>
    <message>
        <source>Web application firewall</source>
        <translation>Firewall de aplicação web</translation>
    </message>
    <message>
        <source>Filters malicious HTTP traffic (OWASP rules, rate limits) before it reaches the services.</source>
        <translation>Filtra o tráfego HTTP malicioso (regras OWASP, limites de taxa) antes que ele chegue aos serviços.</translation>
    </message>
    <message>
        <source>Web frontend</source>
        <translation>Frontend web</translation>
    </message>
    <message>
        <source>The user interface served to browsers (single-page app or server-rendered site).</source>
        <translation>A interface de usuário servida aos navegadores (aplicação de página única ou site renderizado no servidor).</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>A background process that consumes jobs or messages from a queue; serves no HTTP.</source>
        <translation>Processo em segundo plano que consome tarefas ou mensagens de uma fila; não atende HTTP.</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Computação</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Armazenamento de dados</translation>
    </message>
    <message>
        <source>Edge and traffic</source>
        <translation>Borda e tráfego</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externo</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Mensageria</translation>
    </message>
    <message>
        <source>Observability</source>
        <translation>Observabilidade</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: stackdraft [FILE]             open FILE in the app</source>
        <translation>Uso: stackdraft [ARQUIVO]          abre ARQUIVO no aplicativo</translation>
    </message>
    <message>
        <source>       stackdraft &lt;command&gt; [options] run a headless command</source>
        <translation>     stackdraft &lt;comando&gt; [opções] executa um comando sem interface gráfica</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run &apos;stackdraft &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Execute &apos;stackdraft &lt;comando&gt; --help&apos; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>stackdraft: unknown command &apos;%1&apos;</source>
        <translation>stackdraft: comando desconhecido &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>stackdraft: no environment &apos;%1&apos; in the project</source>
        <translation>stackdraft: o projeto não tem o ambiente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>stackdraft: cannot write the screenshot %1</source>
        <translation>stackdraft: não foi possível gravar a captura de tela %1</translation>
    </message>
    <message>
        <source>Stackdraft desktop app</source>
        <translation>Aplicativo de desktop do Stackdraft</translation>
    </message>
    <message>
        <source>The project to open.</source>
        <translation>O projeto a abrir.</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and exit.</source>
        <translation>Salva uma imagem da janela em CAMINHO e sai.</translation>
    </message>
    <message>
        <source>Show environment ID first.</source>
        <translation>Mostra primeiro o ambiente ID.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1600x1000.</source>
        <translation>Tamanho da janela para --screenshot, por exemplo 1600x1000.</translation>
    </message>
</context>
<context>
    <name>ProjectReader</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>o texto &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>um mapeamento</translation>
    </message>
</context>
<context>
    <name>ProjectWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>não foi possível gravar o arquivo: %1</translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation>não foi possível salvar o arquivo: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::ComponentItem</name>
    <message>
        <source>external</source>
        <translation>externo</translation>
    </message>
    <message>
        <source>%1 × %2 / %3</source>
        <translation>%1 × %2 / %3</translation>
    </message>
    <message>
        <source>auto %1–%2</source>
        <translation>auto %1–%2</translation>
    </message>
    <message>
        <source>managed</source>
        <translation>gerenciado</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Imagem: %1</translation>
    </message>
    <message>
        <source>Public at %1</source>
        <translation>Público em %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::EnvironmentSummary</name>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>AWS ECS</source>
        <translation>AWS ECS</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 · Components: %2 · Replicas: %3 · CPU: %4 · Memory: %5</source>
        <translation>%1 · Componentes: %2 · Réplicas: %3 · CPU: %4 · Memória: %5</translation>
    </message>
</context>
<context>
    <name>Stackdraft::App::MainWindow</name>
    <message>
        <source>No project open</source>
        <translation>Nenhum projeto aberto</translation>
    </message>
    <message>
        <source>Open a *.stackdraft.yaml project to see its environments.</source>
        <translation>Abra um projeto *.stackdraft.yaml para ver seus ambientes.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar à &amp;janela</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Stackdraft</source>
        <translation>&amp;Sobre o Stackdraft</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Não foi possível abrir o projeto</translation>
    </message>
    <message>
        <source>Stackdraft could not open %1.</source>
        <translation>O Stackdraft não conseguiu abrir %1.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Stackdraft projects (*.stackdraft.yaml *.stackdraft.yml);;YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Projetos do Stackdraft (*.stackdraft.yaml *.stackdraft.yml);;Arquivos YAML (*.yaml *.yml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Stackdraft</source>
        <translation>Stackdraft</translation>
    </message>
    <message>
        <source>%1[*] — Stackdraft</source>
        <translation>%1[*] — Stackdraft</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Limpar arquivos recentes</translation>
    </message>
    <message>
        <source>About Stackdraft</source>
        <translation>Sobre o Stackdraft</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;Design your infrastructure once, per environment, and generate Docker Compose, Kubernetes, Terraform, diagrams and architecture documents from it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Stackdraft %1&lt;/h3&gt;&lt;p&gt;Projete sua infraestrutura uma única vez, por ambiente, e gere a partir dela Docker Compose, Kubernetes, Terraform, diagramas e documentos de arquitetura.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core</name>
    <message>
        <source>the file is %1 MB; project files are limited to %2 MB, so this is not a project file</source>
        <translation>o arquivo tem %1 MB; arquivos de projeto são limitados a %2 MB, então este não é um arquivo de projeto</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::Catalog</name>
    <message>
        <source>cannot read: %1</source>
        <translation>não foi possível ler: %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ComponentTypeParser</name>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML inválido: %1</translation>
    </message>
    <message>
        <source>the file holds no catalog entry</source>
        <translation>o arquivo não contém nenhuma entrada de catálogo</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::Converter</name>
    <message>
        <source>the document expands to more than %1 nodes (aliases?); it is not a project file</source>
        <translation>o documento se expande para mais de %1 nós (aliases?); não é um arquivo de projeto</translation>
    </message>
    <message>
        <source>a key must be plain text, not a list or mapping</source>
        <translation>uma chave deve ser texto simples, não uma lista nem um mapeamento</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2)</source>
        <translation>chave &apos;%1&apos; duplicada (a primeira está na linha %2)</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::EntryReader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>esperava-se um mapeamento de chaves para valores</translation>
    </message>
    <message>
        <source>keys must be plain text</source>
        <translation>as chaves devem ser texto simples</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of: %2</source>
        <translation>chave desconhecida &quot;%1&quot;; esperava-se uma destas: %2</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>esperava-se um texto</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>esperava-se true ou false</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>esperava-se um número de porta de 1 a 65535</translation>
    </message>
    <message>
        <source>expected a list of text</source>
        <translation>esperava-se uma lista de textos</translation>
    </message>
    <message>
        <source>expected a CPU quantity such as 0.5, 500m or 2</source>
        <translation>esperava-se uma quantidade de CPU como 0.5, 500m ou 2</translation>
    </message>
    <message>
        <source>expected a memory quantity such as 512Mi or 1Gi</source>
        <translation>esperava-se uma quantidade de memória como 512Mi ou 1Gi</translation>
    </message>
    <message>
        <source>unsupported catalog schema version; this Stackdraft reads version 1</source>
        <translation>versão de esquema de catálogo não suportada; este Stackdraft lê a versão 1</translation>
    </message>
    <message>
        <source>expected an absolute path inside the container</source>
        <translation>esperava-se um caminho absoluto dentro do contêiner</translation>
    </message>
    <message>
        <source>missing the type id</source>
        <translation>falta o id do tipo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid type id: use lower-case letters, digits and &apos;-&apos;</source>
        <translation>&quot;%1&quot; não é um id de tipo válido: use letras minúsculas, dígitos e &apos;-&apos;</translation>
    </message>
    <message>
        <source>missing the label of type &quot;%1&quot;</source>
        <translation>falta o rótulo do tipo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing the category of type &quot;%1&quot;</source>
        <translation>falta a categoria do tipo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a stateful type with storage needs the path its data lives in</source>
        <translation>um tipo com estado e armazenamento precisa do caminho onde ficam seus dados</translation>
    </message>
    <message>
        <source>expected a list of ports</source>
        <translation>esperava-se uma lista de portas</translation>
    </message>
    <message>
        <source>a port name is a DNS label of at most 15 characters</source>
        <translation>o nome de uma porta é um rótulo DNS de no máximo 15 caracteres</translation>
    </message>
    <message>
        <source>expected TCP or UDP</source>
        <translation>esperava-se TCP ou UDP</translation>
    </message>
    <message>
        <source>missing the container port</source>
        <translation>falta a porta do contêiner</translation>
    </message>
    <message>
        <source>the CPU request is above the CPU limit</source>
        <translation>a requisição de CPU está acima do limite de CPU</translation>
    </message>
    <message>
        <source>the memory request is above the memory limit</source>
        <translation>a requisição de memória está acima do limite de memória</translation>
    </message>
    <message>
        <source>the minimum CPU is above the default CPU</source>
        <translation>a CPU mínima está acima da CPU padrão</translation>
    </message>
    <message>
        <source>the minimum memory is above the default memory</source>
        <translation>a memória mínima está acima da memória padrão</translation>
    </message>
    <message>
        <source>expected a list of environment variables</source>
        <translation>esperava-se uma lista de variáveis de ambiente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid environment variable name</source>
        <translation>&quot;%1&quot; não é um nome válido de variável de ambiente</translation>
    </message>
    <message>
        <source>missing the variable name</source>
        <translation>falta o nome da variável</translation>
    </message>
    <message>
        <source>secret %1 cannot have a value in the catalog</source>
        <translation>o segredo %1 não pode ter valor no catálogo</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece duas vezes</translation>
    </message>
    <message>
        <source>an offer needs both `url` and `env`</source>
        <translation>uma oferta precisa de `url` e de `env`</translation>
    </message>
    <message>
        <source>%1 is not in this type&apos;s env list (declare `env` before `offers`)</source>
        <translation>%1 não está na lista env deste tipo (declare `env` antes de `offers`)</translation>
    </message>
    <message>
        <source>template field {%1} has no value: give it under `defaults` or `fromEnv`</source>
        <translation>o campo de modelo {%1} não tem valor: informe-o em `defaults` ou `fromEnv`</translation>
    </message>
    <message>
        <source>an HTTP health path starts with &apos;/&apos;</source>
        <translation>um caminho de verificação de saúde HTTP começa com &apos;/&apos;</translation>
    </message>
    <message>
        <source>a health command needs at least the program</source>
        <translation>um comando de verificação de saúde precisa ao menos do programa</translation>
    </message>
    <message>
        <source>give either `http` or `command`, not both</source>
        <translation>informe `http` ou `command`, não ambos</translation>
    </message>
    <message>
        <source>a health check needs `http` or `command`</source>
        <translation>uma verificação de saúde precisa de `http` ou `command`</translation>
    </message>
    <message>
        <source>icon file %1 does not exist</source>
        <translation>o arquivo de ícone %1 não existe</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::EnvVarParser</name>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name: use letters, digits and &apos;_&apos;, not starting with a digit (e.g. &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; não é um nome válido de variável de ambiente: use letras, dígitos e &apos;_&apos;, sem começar por dígito (por exemplo, &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>expected text, {from: component} or {secret: name}, found %1</source>
        <translation>esperava-se um texto, {from: componente} ou {secret: nome}, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>secret name</source>
        <translation>nome do segredo</translation>
    </message>
    <message>
        <source>a variable mapping needs &apos;from: &lt;component&gt;&apos; or &apos;secret: &lt;name&gt;&apos;</source>
        <translation>um mapeamento de variável precisa de &apos;from: &lt;componente&gt;&apos; ou &apos;secret: &lt;nome&gt;&apos;</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos; (use url, host, port, user or database)</source>
        <translation>parte &apos;%1&apos; desconhecida (use url, host, port, user ou database)</translation>
    </message>
    <message>
        <source>unknown part &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>parte &apos;%1&apos; desconhecida; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>refers to component &apos;%1&apos;, which does not exist</source>
        <translation>refere-se ao componente &apos;%1&apos;, que não existe</translation>
    </message>
    <message>
        <source>refers to component &apos;%1&apos;, which does not exist; did you mean &apos;%2&apos;?</source>
        <translation>refere-se ao componente &apos;%1&apos;, que não existe; você quis dizer &apos;%2&apos;?</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::EnvironmentParser</name>
    <message>
        <source>duplicate environment id &apos;%1&apos;</source>
        <translation>id de ambiente &apos;%1&apos; duplicado</translation>
    </message>
    <message>
        <source>an environment needs an &apos;id&apos; (e.g. &apos;id: production&apos;)</source>
        <translation>um ambiente precisa de um &apos;id&apos; (por exemplo, &apos;id: production&apos;)</translation>
    </message>
    <message>
        <source>environment id</source>
        <translation>id do ambiente</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos; (use compose, kubernetes or aws-ecs)</source>
        <translation>plataforma &apos;%1&apos; desconhecida (use compose, kubernetes ou aws-ecs)</translation>
    </message>
    <message>
        <source>unknown platform &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>plataforma &apos;%1&apos; desconhecida; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>deploys &apos;%1&apos;, which is not a component of this project</source>
        <translation>implanta &apos;%1&apos;, que não é um componente deste projeto</translation>
    </message>
    <message>
        <source>deploys &apos;%1&apos;, which is not a component of this project; did you mean &apos;%2&apos;?</source>
        <translation>implanta &apos;%1&apos;, que não é um componente deste projeto; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (use single, replicated, cluster or managed)</source>
        <translation>modo &apos;%1&apos; desconhecido (use single, replicated, cluster ou managed)</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>modo &apos;%1&apos; desconhecido; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>a path starts with &apos;/&apos; (found &apos;%1&apos;)</source>
        <translation>um caminho começa com &apos;/&apos; (foi encontrado &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>expected a position [x, y], found %1</source>
        <translation>esperava-se uma posição [x, y], mas foi encontrado %1</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ParseContext</name>
    <message>
        <source>expected a mapping (key: value lines), found %1</source>
        <translation>esperava-se um mapeamento (linhas chave: valor), mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>esperava-se uma lista, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (allowed: %2)</source>
        <translation>chave &apos;%1&apos; desconhecida (permitidas: %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>chave &apos;%1&apos; desconhecida; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>esperava-se um texto, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>a value is required here</source>
        <translation>um valor é obrigatório aqui</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a valid name: use lower-case letters, digits and &apos;-&apos;, at most 63 characters (e.g. &apos;%3&apos;)</source>
        <translation>%1 &apos;%2&apos; não é um nome válido: use letras minúsculas, dígitos e &apos;-&apos;, com no máximo 63 caracteres (por exemplo, &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>esperava-se um número inteiro, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a whole number, found &apos;%1&apos;</source>
        <translation>esperava-se um número inteiro, mas foi encontrado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>não pode ser negativo (foi encontrado %1)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (found %3)</source>
        <translation>deve estar entre %1 e %2 (foi encontrado %3)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>esperava-se um número, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>expected a number, found &apos;%1&apos;</source>
        <translation>esperava-se um número, mas foi encontrado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>esperava-se true ou false, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>%1 is not a CPU quantity: use cores (0.5, 2) or millicores (500m)</source>
        <translation>%1 não é uma quantidade de CPU: use núcleos (0.5, 2) ou milinúcleos (500m)</translation>
    </message>
    <message>
        <source>%1 is not a memory quantity: use bytes with a suffix (512Mi, 1Gi, 1G)</source>
        <translation>%1 não é uma quantidade de memória: use bytes com sufixo (512Mi, 1Gi, 1G)</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ProjectParser</name>
    <message>
        <source>the file is empty; a project file starts with &apos;stackdraft: 1&apos;</source>
        <translation>o arquivo está vazio; um arquivo de projeto começa com &apos;stackdraft: 1&apos;</translation>
    </message>
    <message>
        <source>this is not a Stackdraft project: expected a mapping starting with &apos;stackdraft: 1&apos;, found %1</source>
        <translation>este não é um projeto do Stackdraft: esperava-se um mapeamento começando com &apos;stackdraft: 1&apos;, mas foi encontrado %1</translation>
    </message>
    <message>
        <source>the schema version is missing: a project file starts with &apos;stackdraft: %1&apos;</source>
        <translation>falta a versão do esquema: um arquivo de projeto começa com &apos;stackdraft: %1&apos;</translation>
    </message>
    <message>
        <source>this file uses schema version %1, written by a newer Stackdraft; this version reads version %2</source>
        <translation>este arquivo usa a versão de esquema %1, gravada por um Stackdraft mais novo; esta versão lê a versão %2</translation>
    </message>
    <message>
        <source>unknown schema version %1 (this version reads %2)</source>
        <translation>versão de esquema %1 desconhecida (esta versão lê a %2)</translation>
    </message>
    <message>
        <source>the project needs a &apos;name&apos; (e.g. &apos;name: my-shop&apos;)</source>
        <translation>o projeto precisa de um &apos;name&apos; (por exemplo, &apos;name: my-shop&apos;)</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nome do projeto</translation>
    </message>
    <message>
        <source>component id</source>
        <translation>id do componente</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; needs a &apos;type&apos; from the catalog</source>
        <translation>o componente &apos;%1&apos; precisa de um &apos;type&apos; do catálogo</translation>
    </message>
    <message>
        <source>unknown component type &apos;%1&apos; (not in the catalog)</source>
        <translation>tipo de componente &apos;%1&apos; desconhecido (não está no catálogo)</translation>
    </message>
    <message>
        <source>unknown component type &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>tipo de componente &apos;%1&apos; desconhecido; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>a port needs its &apos;container&apos; port number</source>
        <translation>uma porta precisa do número da porta em &apos;container&apos;</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos; (use TCP or UDP)</source>
        <translation>protocolo &apos;%1&apos; desconhecido (use TCP ou UDP)</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation>componente &apos;%1&apos; desconhecido</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;; did you mean &apos;%2&apos;?</source>
        <translation>componente &apos;%1&apos; desconhecido; você quis dizer &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>a connection needs both &apos;from&apos; and &apos;to&apos;</source>
        <translation>uma conexão precisa de &apos;from&apos; e de &apos;to&apos;</translation>
    </message>
    <message>
        <source>component &apos;%1&apos; cannot connect to itself</source>
        <translation>o componente &apos;%1&apos; não pode se conectar a si mesmo</translation>
    </message>
    <message>
        <source>a group needs an &apos;id&apos;</source>
        <translation>um grupo precisa de um &apos;id&apos;</translation>
    </message>
    <message>
        <source>group id</source>
        <translation>id do grupo</translation>
    </message>
    <message>
        <source>duplicate group id &apos;%1&apos;</source>
        <translation>id de grupo &apos;%1&apos; duplicado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice in this group</source>
        <translation>&apos;%1&apos; aparece duas vezes neste grupo</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::ProjectReader</name>
    <message>
        <source>no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <source>this is a directory, not a project file</source>
        <translation>isto é um diretório, não um arquivo de projeto</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>não foi possível ler o arquivo: %1</translation>
    </message>
    <message>
        <source>the file is empty; a project file starts with &apos;stackdraft: 1&apos;</source>
        <translation>o arquivo está vazio; um arquivo de projeto começa com &apos;stackdraft: 1&apos;</translation>
    </message>
</context>
<context>
    <name>Stackdraft::Core::YamlParser</name>
    <message>
        <source>the file holds %1 YAML documents; a project file holds one</source>
        <translation>o arquivo contém %1 documentos YAML; um arquivo de projeto contém apenas um</translation>
    </message>
    <message>
        <source>the YAML nests deeper than %1 levels</source>
        <translation>o YAML tem mais de %1 níveis de aninhamento</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>YAML inválido: %1</translation>
    </message>
    <message>
        <source>could not parse the file: %1</source>
        <translation>não foi possível interpretar o arquivo: %1</translation>
    </message>
</context>
</TS>

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
</TS>

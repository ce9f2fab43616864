import sys,re,collections
# Usage: python3 docs/studies/tools/jfr-breakdown.py samples.txt (docs/studies/2026-11-28-settings-tried.md, "Where the time goes").
# Where the main (training) thread's time goes, from
#   jfr print --events jdk.ExecutionSample,jdk.NativeMethodSample rec.jfr > samples.txt
# Each sample goes to the category of its innermost matching frame. Background threads are counted apart.
RULES=[
 ("native kernels (execCustomOp2/execScalar/execTransform...: LSTM, gemm, elementwise)", r"Nd4jCpu\.exec"),
 ("JNI op setup: op contexts, shape-info and data-buffer handles", r"Nd4jCpu\.|LongPointer|allocateArray|Pointer\.init|OpaqueDataBuffer"),
 ("JavaCPP physicalBytes check (/proc read per allocation)", r"physicalBytes"),
 ("deallocation registration (ND4J DeallocatorService, JavaCPP DeallocatorReference)", r"DeallocatorService|DeallocatableReference|Pointer\$Deallocator|Pointer\.deallocator|CpuDeallocator"),
 ("op setup in Java (contexts, shape info, profiler/workspace checks)", r"OpContext|buildContext|profilingConfigurableHookIn|checkForWorkspaces|createShapeInfo|createShapeInformation|Buffer\.<init>|createBuffer|NativeOpExecutioner|DefaultOpExecutioner"),
 ("DL4J layers, workspaces, updater (Java)", r"org\.deeplearning4j|WorkspaceMgr|MemoryWorkspace|Nd4jWorkspace|BaseNDArray|Nd4j\."),
 ("harness", r"dev\.alphabench"),
]
txt=open(sys.argv[1]).read()
parts=re.split(r'(jdk\.(?:ExecutionSample|NativeMethodSample))',txt)
main=collections.Counter(); bg=collections.Counter()
for i in range(1,len(parts),2):
    e=parts[i+1]
    m=re.search(r'sampledThread = "([^"]*)"',e); th=m.group(1) if m else '?'
    if th!='main':
        bg[re.sub(r'_\d+$','',th)]+=1; continue
    fr=re.findall(r'^\s+([\w\.$<>]+)\(',e,re.M)
    cat="other (JVM, GC, JIT, misc Java)"
    for f in fr:
        hit=[n for n,r in RULES if re.search(r,f)]
        if hit: cat=hit[0]; break
    main[cat]+=1
n=sum(main.values())
print(f"main thread: {n} samples")
for k,v in main.most_common(): print(f"  {100*v/n:5.1f}%  {k}")
print("other threads (samples, same units):", dict(bg.most_common(6)))

// Reproducer for docs/studies/2026-11-29-fused-lstm.md: libnd4j 1.0.0-M2.1 lstmLayer / lstmLayer_bp called in a loop;
// argument "f", "b" (and "m": a matmul for comparison), then the number of time steps. Output: opleak-output.txt.
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import java.nio.file.*;
public class OpLeak {
  static long rss() throws Exception { for (String l : Files.readAllLines(Path.of("/proc/self/status"))) if (l.startsWith("VmRSS")) return Long.parseLong(l.replaceAll("[^0-9]","")); return -1; }
  public static void main(String[] a) throws Exception {
    String which = a[0]; int steps = Integer.parseInt(a[1]);
    INDArray x = Nd4j.rand(DataType.FLOAT, 1, 1, steps), W = Nd4j.rand(DataType.FLOAT, 1, 128), R = Nd4j.rand(DataType.FLOAT, 32, 128), b = Nd4j.rand(DataType.FLOAT, 128);
    INDArray h = Nd4j.create(DataType.FLOAT, 1, 32, steps), eps = Nd4j.rand(DataType.FLOAT, 1, 32, steps);
    INDArray dx = x.ulike(), dW = W.ulike(), dR = R.ulike(), db = b.ulike();
    int[] iargs = {2,0,2,0,0}; boolean[] bargs = {true,false,false,false,false,true,false,false};
    for (int i = 1; i <= 100000; i++) {
      if (which.contains("f")) Nd4j.exec(DynamicCustomOp.builder("lstmLayer").addInputs(x,W,R,b).addOutputs(h).addIntegerArguments(iargs).addBooleanArguments(bargs).addFloatingPointArguments(0.0).build());
      if (which.contains("b")) Nd4j.exec(DynamicCustomOp.builder("lstmLayer_bp").addInputs(x,W,R,b,eps).addOutputs(dx,dW,dR,db).addIntegerArguments(iargs).addBooleanArguments(bargs).addFloatingPointArguments(0.0).build());
      if (which.contains("m")) Nd4j.exec(DynamicCustomOp.builder("matmul").addInputs(R,W.reshape(128,1)).addOutputs(Nd4j.create(DataType.FLOAT,32,1)).build());
      if (i % 20000 == 0) { System.gc(); Thread.sleep(500); System.out.println(which + " steps=" + steps + " it=" + i + " rss_mb=" + rss()/1024); }
    }
  }
}
